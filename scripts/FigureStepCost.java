import io.newsflow.core.csv.CsvRows;
import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The figure extractor of several checkouts, each loaded in its own class loader in one JVM and timed in interleaved
 * rounds over the Wikinews sample (10 warm-up rounds, then -Drounds=N timed ones), so that a busy machine slows all of
 * them alike. Prints each checkout's figure count and its best and median ms per article (title + body). Each
 * checkout needs its classes compiled (mvn -o -pl enrich -am compile):
 *
 *   java -Drounds=40 -cp core/target/classes scripts/FigureStepCost.java samples/wikinews/wikinews_2019.csv \
 *       "$(ls app/target/lib/*.jar | grep -v newsflow- | tr '\n' ':')" /path/to/checkout-a /path/to/checkout-b ...
 */
public class FigureStepCost {
    public static void main(String[] a) throws Exception {
        List<String[]> arts = read(Path.of(a[0]));
        String[] libs = a[1].split(":");
        int n = a.length - 2;
        Object[] ex = new Object[n];
        Method[] m = new Method[n];
        for (int i = 0; i < n; i++) {
            String wt = a[i + 2];
            List<URL> urls = new ArrayList<>();
            urls.add(new File(wt + "/enrich/target/classes/").toURI().toURL());
            urls.add(new File(wt + "/core/target/classes/").toURI().toURL());
            for (String l : libs) urls.add(new File(l).toURI().toURL());
            ClassLoader cl = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
            Class<?> c = cl.loadClass("io.newsflow.enrich.figures.FigureExtractor");
            ex[i] = c.getConstructor().newInstance();
            m[i] = c.getMethod("extract", String.class, String.class, LocalDate.class);
        }
        double[][] times = new double[n][];
        int rounds = Integer.parseInt(System.getProperty("rounds", "40"));
        for (int i = 0; i < n; i++) times[i] = new double[rounds];
        for (int r = -10; r < rounds; r++) {
            for (int i = 0; i < n; i++) {
                long t0 = System.nanoTime();
                int count = 0;
                for (String[] art : arts) {
                    count += ((List<?>) m[i].invoke(ex[i], "title", art[1], LocalDate.parse(art[0]))).size();
                    count += ((List<?>) m[i].invoke(ex[i], "body", art[2], LocalDate.parse(art[0]))).size();
                }
                double ms = (System.nanoTime() - t0) / 1e6 / arts.size();
                if (r >= 0) times[i][r] = ms;
                if (r == 0) System.out.println(a[i + 2] + " figures " + count);
            }
        }
        for (int i = 0; i < n; i++) {
            double[] t = times[i].clone();
            Arrays.sort(t);
            System.out.printf("%s: best %.3f, median %.3f ms/article%n", a[i + 2], t[0], t[t.length / 2]);
        }
    }

    static List<String[]> read(Path file) throws Exception {
        List<List<String>> rows = CsvRows.parse(Files.readString(file));
        List<String[]> out = new ArrayList<>();
        for (List<String> r : rows.subList(1, rows.size())) out.add(new String[] {r.get(1), r.get(2), r.get(3)});
        return out;
    }
}
