# Builds the catalogue and serves the static site with nginx, for networks without internet access.
#   docker build -t exporterhub .            (add --build-arg BASE_PATH=/exporterhub for a sub-path)
#   docker run -d -p 8080:8080 exporterhub
FROM node:20-bookworm AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
ARG BASE_PATH=""
ENV BASE_PATH=${BASE_PATH} NEXT_TELEMETRY_DISABLED=1
RUN npm run build

FROM nginx:1.27-alpine
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /src/out /usr/share/nginx/html
EXPOSE 8080
