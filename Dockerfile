# irready as a container image: a Maven build, then a JRE runtime that runs as a non-root user and works with a
# read-only root file system (everything a run writes goes to /work: mount a volume there).
#
#   docker build -t irready .
#   docker run --read-only -v "$PWD/out:/work" -e AWS_PROFILE ... irready audit
#
# Without a registry (as scripts/image-test.sh builds it here): build the jar on the host, then
#   podman build --build-arg RUNTIME_BASE=<a local JRE 17 image> --build-arg JAR_FROM=prebuilt --target runtime .
ARG RUNTIME_BASE=eclipse-temurin:17-jre
ARG JAR_FROM=build

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -q -B -ntp dependency:go-offline
COPY src src
COPY report-templates report-templates
RUN mvn -q -B -ntp -DskipTests package

# The jar built outside the image (target/irready.jar), for builds that cannot pull the Maven image.
FROM scratch AS prebuilt
COPY target/irready.jar /src/target/irready.jar

FROM ${JAR_FROM} AS jar

FROM ${RUNTIME_BASE} AS runtime
COPY --from=jar /src/target/irready.jar /app/irready.jar
COPY examples/demo-evidence /app/examples/demo-evidence
WORKDIR /work
ENV IRREADY_OUTPUT_DIRECTORY=/work/irready-out
USER 10001:10001
# The heap follows the container's memory limit; the job repository (~/.irready), temporary files and run
# folders live in /work, the only place that is written.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-Duser.home=/work", "-Djava.io.tmpdir=/work", "-jar", "/app/irready.jar"]
CMD ["audit"]
