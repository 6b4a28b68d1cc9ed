# syntax=docker/dockerfile:1
# One image per service: docker build --build-arg APP=director -t switchyard/director .
# @matrixai/quic ships native code for linux-x64 glibc only, hence a Debian (not Alpine) amd64 base.
ARG NODE_IMAGE=node:20.20.2-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /repo
ENV NX_DAEMON=false NX_NO_CLOUD=true CI=true
COPY . .
RUN npm ci --no-audit --no-fund
ARG APP
RUN npx nx run ${APP}:build --output-style=static
# Every workspace manifest, for the runtime install below (npm needs them all to read the lockfile).
RUN mkdir /manifests && for m in package.json package-lock.json apps/*/package.json libs/*/package.json tools/*/package.json; do \
      mkdir -p "/manifests/$(dirname "$m")" && cp "$m" "/manifests/$m"; done

FROM ${NODE_IMAGE} AS runtime
ARG APP
ENV NODE_ENV=production APP=${APP} TLS_DEV_DIR=/tls/dev
WORKDIR /srv
COPY --from=build /manifests/ ./
RUN npm ci --omit=dev --no-audit --no-fund --workspace=apps/${APP} && npm cache clean --force
COPY --from=build /repo/libs/ /tmp/libs/
RUN for lib in /tmp/libs/*; do mkdir -p "libs/$(basename "$lib")" && cp -r "$lib/dist" "libs/$(basename "$lib")/"; done && rm -rf /tmp/libs \
    && mkdir -p /tls && chown node:node /tls
COPY --from=build /repo/apps/${APP}/dist apps/${APP}/dist
USER node
CMD ["sh", "-c", "exec node apps/$APP/dist/main.js"]
