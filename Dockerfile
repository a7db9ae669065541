# lgsp-sim: the gateway and workers, compiled. Redis comes from REDIS_URL (see docker-compose.yml).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts/prepare.js ./scripts/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
# HOST: the gateway listens on every interface of the container (the default outside is loopback only).
ENV NODE_ENV=production PORT=8080 HOST=0.0.0.0
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY bin ./bin
COPY schemas ./schemas
COPY seeds ./seeds
# The admin page's script and style sheet are read at start, from beside their TypeScript sources.
COPY src/http/admin/assets ./src/http/admin/assets
COPY src/http/routes/docs/assets ./src/http/routes/docs/assets
EXPOSE 8080
USER node
CMD ["node", "--max-semi-space-size=16", "--max-old-space-size=192", "dist/src/cli/main-entry.js", "serve", "--with-workers"]
