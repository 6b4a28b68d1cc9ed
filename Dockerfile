# syntax=docker/dockerfile:1
# One image per service: docker build --build-arg APP=director -t switchyard/director:dev .
# @matrixai/quic ships native code for linux-x64 glibc only, hence a Debian (not Alpine) amd64 base.
# Without a Docker engine: scripts/containers/engine.sh (podman), and `npm run test:containers` runs the stack.
ARG NODE_IMAGE=node:20.20.2-bookworm-slim

# What `npm ci` reads, apart: every workspace manifest, the lockfile and patches/ (the root postinstall applies
# them). The install below is then cached (and shared by the three images) until one of these changes.
FROM ${NODE_IMAGE} AS sources
WORKDIR /repo
COPY . .
RUN mkdir /deps && cp --parents package.json package-lock.json apps/*/package.json libs/*/package.json \
      tools/*/package.json /deps/ && if [ -d patches ]; then cp -r patches /deps/; fi

FROM ${NODE_IMAGE} AS build
WORKDIR /repo
ENV NX_DAEMON=false NX_NO_CLOUD=true CI=true
COPY --from=sources /deps/ ./
RUN npm ci --no-audit --no-fund
COPY --from=sources /repo/ ./
# The four services at once, before APP is read: this layer (and the install above) is shared by their images, so
# every build after the first only assembles its runtime tree.
RUN npx nx run-many -t build -p director,worker,client,gateway --output-style=static
ARG APP
RUN test -n "${APP}" || { echo 'build with --build-arg APP=director|worker|client|gateway' >&2; exit 1; }
# /out: the workspace manifests and lockfile, the app's production dependencies (patched as the root postinstall
# patches them), its dist/ and the dist/ of exactly the libraries it depends on; fails if any is missing.
RUN node scripts/containers/runtime-tree.mjs ${APP} /out
# ENGINES=llama (worker images): node-llama-cpp and its CPU binaries (engines/llama, 85 MB) for WORKER_ENGINE=llama,
# installed as scripts/ensure-deps.mjs installs them (no optional GPU packages, no install scripts). Default: none.
ARG ENGINES=
RUN if [ "${ENGINES}" = llama ]; then \
      cd engines/llama && npm install --no-save --omit=optional --ignore-scripts --no-audit --no-fund \
      && test -d node_modules/@node-llama-cpp/linux-x64/bins \
      && mkdir -p /out/engines && cp -r /repo/engines/llama /out/engines/llama; \
    elif [ -n "${ENGINES}" ]; then echo 'ENGINES is empty or llama' >&2; exit 1; fi

FROM ${NODE_IMAGE} AS runtime
ARG APP
# ADMIN_ADDR: the admin HTTP endpoint (/healthz, /readyz) the compose healthchecks call.
ENV NODE_ENV=production APP=${APP} TLS_DEV_DIR=/tls/dev ADMIN_ADDR=0.0.0.0:9400
WORKDIR /srv
COPY --from=build /out/ ./
RUN mkdir -p /tls && chown node:node /tls
USER node
EXPOSE 9400
CMD ["sh", "-c", "exec node apps/$APP/dist/main.js"]
