# syntax=docker/dockerfile:1
# Limber's production image: built with a JDK 25, run on a JRE 25 as a non-root user.
# The embedded PostgreSQL of the run command is test-scoped, so it is not in this jar:
# the image always talks to the database named by SPRING_DATASOURCE_URL.
#
# It starts in about 4-5 s on 2 cores instead of about 14 s (BENCHMARKS.md, "Startup"), from two
# things made at build time: Spring's ahead-of-time bean definitions (in the jar since `package`,
# used with -Dspring.aot.enabled=true) and the JDK's AOT cache (classes loaded and linked, and
# method profiles, from a training start against a scratch PostgreSQL in the `train` stage).

FROM eclipse-temurin:25-jdk AS build
WORKDIR /build
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B dependency:go-offline -DexcludeReactor=true
COPY src/ src/
# the frontend sources and Vaadin's build files: with them the committed bundle
# (src/main/bundles/prod.bundle) is found up to date, so the image builds without Node
COPY frontend/ frontend/
COPY package.json package-lock.json vite.config.ts tsconfig.json types.d.ts ./
# Same build as the README's test command, minus running the tests (CI runs them). The jar is
# unpacked (limber.jar and lib/): the JDK's AOT cache holds classes from plain jars on the
# class path only, not from jars nested in a Spring Boot jar.
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -DskipTests package \
    && java -Djarmode=tools -jar target/limber-*.jar extract --destination /build/app \
    && mv /build/app/limber-*.jar /build/app/limber.jar

# A training start: the cache is valid only for the same JVM, class path and jar files, so it is
# made on the runtime stage's own base image, with the app where the runtime stage keeps it. The
# start runs to the end of Spring's context refresh (migrations on the scratch database included)
# and exits; the JVM then writes /app/limber.aot.
FROM eclipse-temurin:25-jre AS train
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /build/app/ /app/
RUN pg_ctlcluster "$(ls /usr/lib/postgresql)" main start \
    && su postgres -c "psql -q -c \"CREATE USER limber PASSWORD 'training'\" -c 'CREATE DATABASE limber OWNER limber'" \
    && cd /app \
    && SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:5432/limber SPRING_DATASOURCE_USERNAME=limber \
       SPRING_DATASOURCE_PASSWORD=training \
       java -XX:MaxRAMPercentage=75 -XX:AOTCacheOutput=/app/limber.aot \
            -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh -jar /app/limber.jar \
    && pg_ctlcluster "$(ls /usr/lib/postgresql)" main stop \
    && test -s /app/limber.aot

FROM eclipse-temurin:25-jre
RUN groupadd --system --gid 10001 limber \
    && useradd --system --uid 10001 --gid limber --home-dir /app --shell /usr/sbin/nologin limber
WORKDIR /app
COPY --from=train --chown=root:root /app/ /app/
# numeric, so that orchestrators can verify it is not root
USER 10001
EXPOSE 8080
ENV JDK_JAVA_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
# If the cache cannot be used (another JVM), the JVM says so and starts without it.
ENTRYPOINT ["java", "-XX:AOTCache=/app/limber.aot", "-Dspring.aot.enabled=true", "-jar", "/app/limber.jar"]
