import { readFileSync } from 'node:fs';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { cardCacheKey, hashRenderingInputs, openCardCache } from './card-cache.ts';
import { readPngSize } from './card-output.ts';
import { describeCardWarning, type CardBrand, type CardSize, type CardSpec, type CardWarning } from './card-types.ts';

/** A card ready to serve: its PNG in the cache, and whether it was drawn by this process. */
export interface CardImage {
  /** The PNG in the cache folder (read it, or link it into the output). */
  file: string;
  /** The cache key: changes whenever anything that shapes the pixels changes. */
  key: string;
  warnings: CardWarning[];
  cached: boolean;
}

/** Counts of a renderer so far; `drawMs` holds the CPU time of each card a worker drew. */
export interface CardStats {
  rendered: number;
  cached: number;
  drawMs: number[];
}

/** Renders cards on at most two worker threads (the second for a long queue), through the disk cache, each card at most once per process. */
export interface CardRenderer {
  render(spec: CardSpec, brand: CardBrand, size: CardSize): Promise<CardImage>;
  /** How many cards were drawn and how many came from the cache so far. */
  stats(): CardStats;
  /** How many worker threads were started so far. */
  startedWorkers(): number;
  close(): Promise<void>;
}

/** Where the project is and where the cache lives. */
export interface RendererOptions {
  root: string;
  cacheDir: string;
  /** Worker threads; never more than the machine's cores or two. */
  workers?: number;
  /** Cards waiting before another worker starts (CARDS_PER_EXTRA_WORKER). */
  cardsPerExtraWorker?: number;
  /** TrueType files resvg uses for text inside embedded SVG images (charts); part of the cache key. */
  svgFontFiles?: string[];
  /** Receives each warning once per card (also for cards from the cache). */
  warn?: (message: string) => void;
}

interface Drawn {
  png: Uint8Array;
  warnings: CardWarning[];
  ms: number;
}

interface Pending {
  resolve(value: Drawn): void;
  reject(error: Error): void;
}

/**
 * Cards waiting before a second worker starts. Starting one costs about half a second of CPU
 * (modules, fonts), drawing a card about 50 ms: a small site's cards are drawn by one worker
 * while Astro writes the pages, and a second only starts for a queue it can shorten by seconds.
 */
export const CARDS_PER_EXTRA_WORKER = 40;

/** A renderer whose first worker starts on the first card that is not in the cache. */
export function createCardRenderer(options: RendererOptions): CardRenderer {
  const cache = openCardCache(options.cacheDir);
  const svgFontFiles = options.svgFontFiles ?? [];
  const renderingHash = hashRenderingInputs(options.root, svgFontFiles);
  const limit = Math.max(1, Math.min(options.workers ?? 2, 2, os.availableParallelism()));
  const extraWorkerAfter = options.cardsPerExtraWorker ?? CARDS_PER_EXTRA_WORKER;
  let started = 0;
  const workers: Worker[] = [];
  const idle: Worker[] = [];
  const queue: Array<{ id: number; message: object }> = [];
  const pending = new Map<number, Pending>();
  const busy = new Map<Worker, number>();
  const memo = new Map<string, Promise<CardImage>>();
  const counts = { rendered: 0, cached: 0, drawMs: [] as number[] };
  let nextId = 0;

  const startWorker = () => {
    const worker = new Worker(new URL('./render-worker.ts', import.meta.url), { workerData: { root: options.root, svgFontFiles } });
    // Idle workers must not keep `astro build` from exiting.
    worker.unref();
    started++;
    worker.on('message', (reply: { id: number; png?: Uint8Array; warnings?: CardWarning[]; ms?: number; error?: string }) => {
      const job = pending.get(reply.id);
      pending.delete(reply.id);
      busy.delete(worker);
      idle.push(worker);
      pump();
      if (!job) return;
      if (reply.error !== undefined) job.reject(new Error(`deelkaart kon niet worden gemaakt: ${reply.error}`));
      else job.resolve({ png: reply.png!, warnings: reply.warnings ?? [], ms: reply.ms ?? 0 });
    });
    // A worker that dies takes its job with it; the others carry on and a new one may start.
    const retire = (error: Error) => {
      for (const list of [workers, idle]) if (list.includes(worker)) list.splice(list.indexOf(worker), 1);
      const job = busy.get(worker);
      busy.delete(worker);
      if (job !== undefined) pending.get(job)?.reject(error);
      pending.delete(job ?? -1);
      pump();
    };
    worker.on('error', retire);
    worker.on('exit', (code) => retire(new Error(`de tekenaar van deelkaarten stopte onverwacht (code ${code})`)));
    workers.push(worker);
    idle.push(worker);
  };
  const pump = () => {
    while (queue.length > 0) {
      if (idle.length === 0 && workers.length < limit && (workers.length === 0 || queue.length > extraWorkerAfter)) startWorker();
      const worker = idle.pop();
      if (!worker) return;
      worker.ref();
      const job = queue.shift()!;
      busy.set(worker, job.id);
      worker.postMessage(job.message);
    }
    for (const worker of idle) worker.unref();
  };
  const dispatch = (spec: CardSpec, brand: CardBrand, size: CardSize) =>
    new Promise<Drawn>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      queue.push({ id, message: { id, spec, brand, size } });
      pump();
    });

  return {
    render(spec, brand, size) {
      const key = cardCacheKey(renderingHash, spec, brand, size);
      const known = memo.get(key);
      if (known) return known;
      const job = (async (): Promise<CardImage> => {
        const hit = cache.lookup(key);
        if (hit) counts.cached++;
        let entry = hit;
        if (!entry) {
          // Only the file name stays in memory: thousands of PNGs would not fit.
          const drawn = await dispatch(spec, brand, size).catch((caught: unknown) => {
            throw cardFailure(spec, size, caught);
          });
          // Checked once, when drawn: the cache then only holds PNGs of the right size.
          const found = readPngSize(drawn.png);
          if (found?.width !== size.width || found.height !== size.height) {
            throw new Error(
              `deelkaart ${spec.kind}/${spec.slug} in ${size.width}×${size.height}: de tekenaar gaf ${found ? `${found.width}×${found.height}` : 'geen PNG'}`,
            );
          }
          entry = cache.write(key, drawn);
          counts.rendered++;
          counts.drawMs.push(drawn.ms);
        }
        for (const warning of entry.warnings) options.warn?.(describeCardWarning(spec, warning));
        return { ...entry, key, cached: Boolean(hit) };
      })();
      memo.set(key, job);
      return job;
    },
    stats: () => ({ ...counts, drawMs: [...counts.drawMs] }),
    startedWorkers: () => started,
    async close() {
      const stopping = [...workers];
      workers.length = 0;
      await Promise.all(stopping.map((worker) => worker.removeAllListeners('exit').terminate()));
      idle.length = 0;
    },
  };
}

/**
 * A card that could not be drawn, as an editor reads it: the content file and line of the text on
 * the card, the size, the reason, in Dutch, without the worker's stack trace.
 */
export function cardFailure(spec: CardSpec, size: CardSize, caught: unknown): Error {
  const reason = (caught instanceof Error ? caught.message : String(caught)).split('\n')[0];
  let line: number | undefined;
  try {
    const index = readFileSync(spec.source, 'utf8')
      .split('\n')
      .findIndex((text) => text.startsWith(`${spec.fields.title}:`));
    line = index >= 0 ? index + 1 : undefined;
  } catch {
    line = undefined;
  }
  const where = line === undefined ? spec.source : `${spec.source}:${line}`;
  const message =
    `FOUT ${where} veld ${spec.fields.title}: de deelkaart van ${spec.page} (${size.width}×${size.height}) kon niet worden getekend (${reason})` +
    ' → oplossing: controleer de tekst van dit veld op vreemde tekens; blijft de fout, meld deze melding aan de beheerder van de site';
  return Object.assign(new Error(message), { stack: '' });
}
