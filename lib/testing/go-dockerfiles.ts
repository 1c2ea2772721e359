/**
 * Dockerfiles of the Go calculator (content/examples/go-calculator) that several tests build.
 */

/** Cross-compiles on the build machine for the target platform, onto distroless static. */
export const CROSS_COMPILE = `FROM --platform=$BUILDPLATFORM golang:1.25-bookworm AS build
ARG TARGETOS TARGETARCH
WORKDIR /src
COPY calculator.go .
RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH GO111MODULE=off go build -o /app .
FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /app /app
ENTRYPOINT ["/app"]
`;
