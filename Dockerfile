# syntax=docker/dockerfile:1
# The application image for docker-compose.yml: built with the project's Maven wrapper on a JDK
# 25, run on a JRE 25. Tests are not run here: they need headless Chromium (./mvnw verify, CI).

FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY src/ src/
# The cache keeps Maven and the dependencies between builds.
# Extracted (Spring Boot's jarmode tools): the classes load from plain jars instead of through the
# nested-jar loader, seconds of every start with this many dependencies (README, Performance).
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -ntp -DskipTests package \
    && cp target/citegraph-*.jar /citegraph.jar \
    && java -Djarmode=tools -jar /citegraph.jar extract --destination /extracted

FROM eclipse-temurin:25-jre
RUN useradd --system --home-dir /app citegraph
WORKDIR /app
# The corpus and the Cypher files are read from the working directory (citegraph.corpus and
# citegraph.cypher); data/ is where the embedded database would live without NEO4J_URI.
COPY corpus/ corpus/
COPY cypher/ cypher/
COPY --from=build /extracted/lib/ lib/
COPY --from=build /extracted/citegraph.jar app.jar
# An ahead-of-time cache of the classes a start loads and links (JDK 25), trained by one start on a
# temporary database that Spring ends once the application is ready (spring.context.exit=onRefresh,
# Spring Boot's documented training run); no admin token is generated into the image. Starts take
# about half the time with it (README, Start-up); a JVM that cannot use it says so and starts without.
RUN mkdir /tmp/aot-training && java -Djava.io.tmpdir=/tmp/aot-training --enable-native-access=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -XX:+ExitOnOutOfMemoryError \
        -XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh -jar app.jar \
        --citegraph.embedded.ephemeral=true --citegraph.embedded.bolt-port=0 --server.port=0 \
        --citegraph.admin.token-file=none \
    && rm -rf /tmp/aot-training
RUN mkdir data && chown citegraph data
USER citegraph
EXPOSE 8080
# The JVM flags of neo4j.jvm.flags in pom.xml (the in-process database needs them; DockerComposeTest
# keeps the two equal, here and in the training run). A heap exhausted despite the request limits
# ends the process, so that the container is restarted instead of hanging.
ENTRYPOINT ["java", "--enable-native-access=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-XX:+ExitOnOutOfMemoryError", "-XX:AOTCache=app.aot", "-jar", "app.jar"]
