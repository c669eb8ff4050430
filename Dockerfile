# Newsflow: one image for every service (ingest, enrich, sink, ...); the command picks the service.
#   docker build -t newsflow .
#   docker run --rm -e NEWSFLOW_BOOTSTRAP_SERVERS=host:9092 newsflow enrich

# ---- build ---------------------------------------------------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src

# The POMs alone first: their dependencies (CoreNLP's models among them) land in a layer that survives source edits.
# The warm-up may fail on a module listed here or not (a new one): the full build below fetches what is missing.
COPY pom.xml ./
COPY core/pom.xml core/
COPY broker/pom.xml broker/
COPY admin/pom.xml admin/
COPY ingest/pom.xml ingest/
COPY enrich/pom.xml enrich/
COPY sink/pom.xml sink/
COPY app/pom.xml app/
COPY bench/pom.xml bench/
RUN (mvn -B -q -DskipTests package || true) && rm -rf */target

COPY . .
RUN mvn -B -DskipTests package -pl app -am \
 && test -f app/target/newsflow.jar \
 && test -d app/target/lib

# ---- runtime -------------------------------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre

# curl serves the compose health checks (GET /health/ready on the admin port).
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*

# A fixed non-root user; /data/out belongs to it so that a fresh named volume mounted there (the sink's file
# store) does too. Enrich's default state directory goes under XDG_STATE_HOME, which must be writable.
RUN groupadd --system --gid 10001 newsflow \
 && useradd --system --uid 10001 --gid newsflow --home-dir /opt/newsflow --shell /usr/sbin/nologin newsflow \
 && mkdir -p /data/out /data/state \
 && chown newsflow:newsflow /data/out /data/state
ENV XDG_STATE_HOME=/data/state

WORKDIR /opt/newsflow
COPY --from=build /src/app/target/lib/ /opt/newsflow/lib/
COPY --from=build /src/app/target/newsflow.jar /opt/newsflow/newsflow.jar
COPY samples/ /opt/newsflow/samples/

USER newsflow
EXPOSE 8080

# The heap follows the container's memory limit; an OutOfMemoryError ends the process so that it is restarted
# rather than left half-working; -XX:-DontCompileHugeMethods lets the JIT compile CoreNLP's NER feature extractor
# (about a third faster tagging, see BENCHMARKS.md). Extra JVM flags: JAVA_TOOL_OPTIONS.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-XX:-DontCompileHugeMethods", "-jar", "/opt/newsflow/newsflow.jar"]
CMD ["--help"]
