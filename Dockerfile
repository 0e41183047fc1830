# The api and worker image: both binaries and the built web UI (UI_DIR), built in stages from
# the registry's images. The command picks the process: `sandbox-api` (default) or
# `sandbox-worker`.
#
#   docker build -t sandbox-app:latest .        (or `docker compose build`)
#
# Without a registry, Dockerfile.prebuilt makes the same image from what scripts/setup.sh built
# on the host (scripts/build-app-image.sh, scripts/compose.sh). The two are separate files
# because Docker 20.10's classic builder (Debian's docker.io, and Compose v1 through it) builds
# every stage before the target: an offline stage in this file would need host binaries here,
# and a registry stage before it would need a registry there.
ARG BASE_IMAGE=debian:bookworm-slim
ARG RUST_IMAGE=rust:1-bookworm
ARG NODE_IMAGE=node:20-bookworm

FROM ${NODE_IMAGE} AS web
WORKDIR /src/web
COPY web/package.json web/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY web/ ./
RUN node build.mjs

FROM ${RUST_IMAGE} AS builder
WORKDIR /src
COPY . .
RUN cargo build --release --locked --workspace --bins

FROM ${BASE_IMAGE} AS final
COPY --from=builder /src/target/release/sandbox-api /src/target/release/sandbox-worker /usr/local/bin/
COPY --from=web /src/web/dist /app/web/dist
COPY deploy/sandbox-worker-start /usr/local/bin/
# SECURITY: the processes run unprivileged; a worker gets access to the Docker socket through
# its group, not by being root: sandbox-worker-start, started as root with only SETUID, SETGID
# and SETPCAP, reads the socket's group and becomes uid 10001 with it before the worker starts.
RUN echo 'sandbox:x:10001:10001:sandbox service:/app:/usr/sbin/nologin' >> /etc/passwd \
 && echo 'sandbox:x:10001:' >> /etc/group
USER 10001:10001
WORKDIR /app
ENV UI_DIR=/app/web/dist BIND_ADDR=0.0.0.0:8000
EXPOSE 8000
CMD ["sandbox-api"]
