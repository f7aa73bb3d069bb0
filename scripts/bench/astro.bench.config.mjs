// The project's own Astro config with the cache folder moved to OOGST_BENCH_CACHE_DIR, so
// the benchmark can start from empty caches without touching node_modules/.astro.
import config from '../../astro.config.mjs';

export default { ...config, ...(process.env.OOGST_BENCH_CACHE_DIR ? { cacheDir: process.env.OOGST_BENCH_CACHE_DIR } : {}) };
