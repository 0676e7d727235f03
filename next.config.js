import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native modules stay outside the server bundle.
  // espeak-ng (loaded by server/audio/espeak.ts's worker) cannot be bundled by Turbopack.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', 'pg', '@prisma/adapter-pg', 'espeak-ng', 'wasm-media-encoders', '@open-spaced-repetition/binding'],
  poweredByHeader: false,
  experimental: {
    // CSV import accepts up to 8 MB (server/teach/import-csv.ts checks the content itself);
    // Next's default of 1 MB would refuse larger files before our own clear error.
    serverActions: { bodySizeLimit: '9mb' },
  },
  // Lets parallel checkouts of the e2e suite build side by side (default .next).
  distDir: process.env.NEXT_DIST_DIR || '.next',
};

export default withNextIntl(nextConfig);
