# syntax=docker/dockerfile:1
# Byline: build a static-stdlib release binary, then run it on a slim image as a non-root user.
#
#   docker build -t byline .
#   docker run --rm -p 8080:8080 byline
#   docker run --rm -p 8080:8080 -v "$PWD/my-articles:/data:ro" -e BYLINE_CORPUS=/data byline
#
# scripts/container-check proves what this image relies on without a Docker engine: it stages
# the same files with scripts/stage-release and runs them with an empty environment plus the
# ENV below.

ARG SWIFT_IMAGE=swift:6.3-bookworm
ARG RUNTIME_IMAGE=debian:bookworm-slim

FROM ${SWIFT_IMAGE} AS build
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends zlib1g-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# Dependencies first, so a source change does not re-fetch them.
COPY Package.swift ./
RUN swift package resolve
COPY Sources ./Sources
COPY Tests ./Tests
COPY benchmarks/BylineBench ./benchmarks/BylineBench
COPY corpus ./corpus
COPY config ./config
COPY scripts/stage-release ./scripts/stage-release
RUN swift build -c release --product byline --static-swift-stdlib \
    && scripts/stage-release /staging "$(swift build -c release --show-bin-path)"

FROM ${RUNTIME_IMAGE}
# zlib is the one library outside glibc and libstdc++ the binary links (gzip responses).
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends zlib1g \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --no-create-home --home-dir /app --shell /usr/sbin/nologin byline
WORKDIR /app
COPY --from=build --chown=root:root /staging/ /app/
USER 10001:10001
ENV BYLINE_HOST=0.0.0.0 BYLINE_PORT=8080 BYLINE_LOG_FORMAT=json
EXPOSE 8080
# No curl in the slim image: bash's /dev/tcp asks /readyz and wants a 200.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${BYLINE_PORT:-8080} && printf 'GET /readyz HTTP/1.1\\r\\nHost: localhost\\r\\nConnection: close\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
# SIGTERM drains in-flight requests (BYLINE_DRAIN_TIMEOUT seconds) before exiting.
STOPSIGNAL SIGTERM
ENTRYPOINT ["/app/byline", "serve"]
