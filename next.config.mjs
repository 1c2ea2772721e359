/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm test` type-checks the whole project as its own step (tsc) before building; not twice.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
