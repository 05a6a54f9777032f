# syntax=docker/dockerfile:1
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -ntp dependency:go-offline
COPY src src
COPY db db
RUN ./mvnw -B -ntp package -DskipTests \
    && java -Djarmode=tools -jar target/evidence-catalogue-*.jar extract --layers --launcher --destination /layers

FROM eclipse-temurin:21-jre
RUN useradd --system --uid 10001 evidence
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER evidence
EXPOSE 8080
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
