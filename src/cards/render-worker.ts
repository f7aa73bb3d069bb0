// Runs in a worker thread, straight from source (Node strips the types), so imports name their .ts files.
import { parentPort, workerData } from 'node:worker_threads';
import type { CardBrand, CardSize, CardSpec } from './card-types.ts';
import { renderCard, warmUpRenderer } from './render-card.ts';

interface Job {
  id: number;
  spec: CardSpec;
  brand: CardBrand;
  size: CardSize;
}

const { root, svgFontFiles } = workerData as { root: string; svgFontFiles: string[] };

// Fonts are parsed once per worker, before the first job: jobs wait in the port until a listener is attached.
await warmUpRenderer(root);

parentPort!.on('message', (job: Job) => {
  // CPU time of this thread, so the figure does not include waiting for the other worker.
  const started = process.threadCpuUsage?.() ?? process.cpuUsage();
  renderCard(root, job.spec, job.brand, job.size, svgFontFiles).then(
    ({ png, warnings }) => {
      // A copy owns its memory, so it can be handed over instead of cloned.
      const own = new Uint8Array(png);
      const used = process.threadCpuUsage?.(started) ?? process.cpuUsage(started);
      parentPort!.postMessage({ id: job.id, png: own, warnings, ms: (used.user + used.system) / 1000 }, [own.buffer]);
    },
    (error: unknown) =>
      parentPort!.postMessage({ id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
