# syntax=docker/dockerfile:1
# Clipdesk image: built by docker-compose.yml, or on its own with `docker build -t clipdesk .`

# --- Build: the production profile uses Vaadin's pre-compiled bundle, so no Node.js is needed ---
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN chmod +x mvnw
# Dependencies first, so a source change does not download them again
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q dependency:go-offline -Pproduction || true
COPY . .
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -Pproduction package -DskipTests \
    && cp target/clipdesk-*.jar /clipdesk.jar

# --- Run: JRE only ------------------------------------------------------------------------
FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 --home-dir /app clipdesk \
    && mkdir -p /app /data && chown clipdesk /data
COPY --from=build /clipdesk.jar /app/clipdesk.jar
USER clipdesk
WORKDIR /app
# Embedded H2 database (local profile only) and the Lucene index live here
ENV CLIPDESK_DATA_DIR=/data
VOLUME /data
EXPOSE 8080
# Lucene maps index files natively and asks for native access
ENTRYPOINT ["java", "--enable-native-access=ALL-UNNAMED", "-XX:MaxRAMPercentage=75", "-jar", "/app/clipdesk.jar"]
