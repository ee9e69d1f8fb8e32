# Casebook as a container image: a Java 17 runtime and the jar, nothing else (no Maven, no sources).
#   mvn -DskipTests package && docker build -t casebook:0.1.0 .
#   docker run --rm -v /srv/kb:/kb casebook:0.1.0            # builds /srv/kb into /srv/kb/site
#   docker run --rm -v /srv/kb:/kb casebook:0.1.0 check /kb  # any other command
# Carrying it to an offline server (docker save / docker load): docs/container.md
FROM eclipse-temurin:17-jre

# a fixed non-root user; give it write access to the knowledge base's site/ (or run with --user)
RUN groupadd --system --gid 10001 casebook \
 && useradd --system --uid 10001 --gid casebook --no-create-home --home-dir /nonexistent casebook

COPY target/casebook.jar /opt/casebook/casebook.jar

USER 10001:10001
WORKDIR /kb
ENV LANG=C.UTF-8
# the launcher script's JIT setting for a short run; the serial collector on the JVM's own heap sizing
# (which follows the container's memory limit) rather than the launcher's 1 GiB start, since a
# container's memory is often capped below what that start would let the heap grow to (docs/performance.md)
ENTRYPOINT ["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-jar", "/opt/casebook/casebook.jar"]
CMD ["build", "/kb"]
