# The api and worker image: both binaries and the built web UI (UI_DIR). The command picks the
# process: `sandbox-api` (default) or `sandbox-worker`.
#
# With a registry:   docker build -t sandbox-app .            (builds everything in stages)
# Without one:       scripts/build-app-image.sh               (the `prebuilt` target: binaries and
#                    web/dist built on the host by scripts/setup.sh, on a locally made base)
ARG BASE_IMAGE=debian:bookworm-slim
ARG RUST_IMAGE=rust:1-bookworm
ARG NODE_IMAGE=node:20-bookworm

# --- offline path: what scripts/setup.sh built on the host (Debian bookworm, same glibc) -----
FROM ${BASE_IMAGE} AS prebuilt
COPY target/release/sandbox-api target/release/sandbox-worker /usr/local/bin/
COPY web/dist /app/web/dist
# SECURITY: the processes run unprivileged; a worker gets access to the Docker socket through
# its group (compose's group_add), not by being root in the image.
RUN echo 'sandbox:x:10001:10001:sandbox service:/app:/usr/sbin/nologin' >> /etc/passwd \
 && echo 'sandbox:x:10001:' >> /etc/group
USER 10001:10001
WORKDIR /app
ENV UI_DIR=/app/web/dist BIND_ADDR=0.0.0.0:8000
EXPOSE 8000
CMD ["sandbox-api"]

# --- registry path: everything built in stages ---------------------------------------------------
FROM ${NODE_IMAGE} AS web
WORKDIR /src/web
COPY web/package.json web/package-lock.json ./
RUN npm ci
COPY web/ ./
RUN node build.mjs

FROM ${RUST_IMAGE} AS builder
WORKDIR /src
COPY . .
RUN cargo build --release --workspace --bins

FROM ${BASE_IMAGE} AS final
COPY --from=builder /src/target/release/sandbox-api /src/target/release/sandbox-worker /usr/local/bin/
COPY --from=web /src/web/dist /app/web/dist
RUN echo 'sandbox:x:10001:10001:sandbox service:/app:/usr/sbin/nologin' >> /etc/passwd \
 && echo 'sandbox:x:10001:' >> /etc/group
USER 10001:10001
WORKDIR /app
ENV UI_DIR=/app/web/dist BIND_ADDR=0.0.0.0:8000
EXPOSE 8000
CMD ["sandbox-api"]
