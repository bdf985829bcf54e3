# Builds the catalogue and serves the static site with nginx, for networks without internet access.
#   docker build -t exporterhub .            (add --build-arg BASE_PATH=/exporterhub for a sub-path)
#   docker run -d -p 8080:8080 exporterhub
# With a base path the export is placed under it in the web root, so pages, assets, rule files and
# the API answer under /exporterhub/, and / redirects there. CI serves the same rendered nginx
# configuration with Debian's nginx (tests/browser/nginx.test.ts).
FROM node:20-bookworm AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
ARG BASE_PATH=""
ENV BASE_PATH=${BASE_PATH} NEXT_TELEMETRY_DISABLED=1
RUN npm run build && npx tsx scripts/nginx-conf.ts --site out --base-path "${BASE_PATH}" > /src/nginx-site.conf

FROM nginx:1.27-alpine
ARG BASE_PATH=""
COPY --from=build /src/nginx-site.conf /etc/nginx/conf.d/default.conf
COPY --from=build /src/out /usr/share/nginx/html${BASE_PATH}
EXPOSE 8080
