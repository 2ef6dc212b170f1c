# syntax=docker/dockerfile:1
# Limber's production image: built with a JDK 25, run on a JRE 25 as a non-root user.
# The embedded PostgreSQL of the run command is test-scoped, so it is not in this jar:
# the image always talks to the database named by SPRING_DATASOURCE_URL.

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
# Same build as the README's test command, minus running the tests (CI runs them).
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -DskipTests package \
    && cp target/limber-*.jar /build/limber.jar

FROM eclipse-temurin:25-jre
RUN groupadd --system --gid 10001 limber \
    && useradd --system --uid 10001 --gid limber --home-dir /app --shell /usr/sbin/nologin limber
WORKDIR /app
COPY --from=build --chown=root:root /build/limber.jar /app/limber.jar
# numeric, so that orchestrators can verify it is not root
USER 10001
EXPOSE 8080
ENV JDK_JAVA_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "-jar", "/app/limber.jar"]
