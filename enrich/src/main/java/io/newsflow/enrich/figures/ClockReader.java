package io.newsflow.enrich.figures;

import io.newsflow.core.schema.FigureKind;
import java.math.BigDecimal;

/** Times of day ("6.30pm", "14:30", "1500 GMT", "ten o'clock") and race times with seconds ("2:14:04"). */
final class ClockReader {

    private final Tokens t;

    ClockReader(Tokens t) {
        this.t = t;
    }

    boolean time(FigureDraft f, int k) {
        BigDecimal v = f.value;
        int last = meridiem(k);
        if (v.scale() == 2 && last >= 0 && v.compareTo(BigDecimal.valueOf(13)) < 0) {
            int minutes = v.remainder(BigDecimal.ONE).movePointRight(2).intValue();
            if (minutes < 60) {
                f.kind = FigureKind.TIME;
                f.value = null;
                f.unit = "time";
                f.last = last;
                f.normalized = String.format("%02d:%02d", adjust(v.intValue(), k), minutes); // "6.30pm"
                return true;
            }
        }
        if (v.scale() > 0 || v.compareTo(BigDecimal.valueOf(2400)) > 0) {
            return false;
        }
        int hour = v.intValue();
        int minute = 0;
        if (last >= 0 && hour >= 1 && hour <= 12) {
            hour = adjust(hour, k);
        } else if (t.lower(k).equals("o") && t.lower(k + 2).equals("clock") && hour <= 12) {
            last = k + 2;
        } else if (t.digitCount(f.numFirst) == 4 && isZone(k) && hour % 100 < 60 && hour / 100 <= 24) {
            minute = hour % 100;
            hour = hour / 100 % 24;
            last = k;
        } else {
            return false;
        }
        f.kind = FigureKind.TIME;
        f.value = null;
        f.unit = "time";
        f.last = last;
        f.normalized = String.format("%02d:%02d", hour, minute);
        return true;
    }

    FigureDraft clock(int i) {
        String raw = t.raw(i);
        int colon = raw.indexOf(':');
        int hour = Integer.parseInt(raw.substring(0, colon));
        int minute = Integer.parseInt(raw.substring(colon + 1, colon + 3));
        if (hour > 24 || minute > 59) {
            return FigureDraft.skip(i, i);
        }
        // "2:14:04" with seconds is a race time, not a time of day
        if (raw.indexOf(':', colon + 1) > 0 && meridiem(i + 1) < 0 && !isZone(i + 1)) {
            String secs = raw.substring(raw.lastIndexOf(':') + 1);
            BigDecimal sec = new BigDecimal(secs);
            FigureDraft f = new FigureDraft(i, i, FigureKind.DURATION);
            f.unit = "second";
            f.value = NumberReader.tidy(BigDecimal.valueOf(hour * 3600L + minute * 60L).add(sec));
            f.normalized = "PT" + (hour > 0 ? hour + "H" : "") + (minute > 0 ? minute + "M" : "")
                    + (sec.signum() > 0 ? NumberReader.plain(sec) + "S" : "");
            return f;
        }
        FigureDraft f = new FigureDraft(i, i, FigureKind.TIME);
        f.unit = "time";
        int last = meridiem(i + 1);
        if (last >= 0 && hour >= 1 && hour <= 12) {
            hour = adjust(hour, i + 1);
            f.last = last;
        }
        f.normalized = String.format("%02d:%02d", hour % 24, minute);
        return f;
    }

    /** Last token of "am", "pm", "a.m.", "p.m." at k, or -1. */
    private int meridiem(int k) {
        String w = t.lower(k);
        if (w.equals("am") || w.equals("pm")) {
            return k;
        }
        if ((w.equals("a") || w.equals("p")) && t.is(k + 1, '.') && t.lower(k + 2).equals("m") && t.glued(k + 2)) {
            return t.is(k + 3, '.') && t.glued(k + 3) ? k + 3 : k + 2;
        }
        return -1;
    }

    private int adjust(int hour, int k) {
        boolean pm = t.lower(k).startsWith("p");
        if (pm && hour < 12) {
            return hour + 12;
        }
        if (!pm && hour == 12) {
            return 0;
        }
        return hour;
    }

    boolean isZone(int k) {
        String w = t.lower(k);
        return w.equals("utc") || w.equals("gmt") || w.equals("hrs") || w.equals("local") || w.equals("est")
                || w.equals("edt") || w.equals("cet") || w.equals("bst");
    }
}
