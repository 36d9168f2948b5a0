/** A progress bar on stderr for long commands (items, bytes, rate, ETA, errors); silent with --quiet. */
import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number, total: number, bytes: number, extra?: { errors?: number; files?: number }): void;
  stop(): void;
}

export function progressBar(label: string, quiet: boolean, unit = 'files'): Progress {
  if (quiet) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} [{bar}] {percentage}% | {value}/{total} ${unit}{files} | {mb} MB | {rate} ${unit}/s | ETA {eta_formatted} | {errors} errors`,
      stream: process.stderr,
      noTTYOutput: true,
      notTTYSchedule: 5000,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let begun = false;
  let stopped = false;
  return {
    update(done, total, bytes, extra = {}) {
      if (stopped) return;
      const payload = { mb: (bytes / 1e6).toFixed(1), rate: (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(0), errors: extra.errors ?? 0, files: extra.files === undefined ? '' : ` (${extra.files} files walked)` };
      if (!begun) {
        bar.start(total, 0, payload);
        begun = true;
      }
      bar.setTotal(total);
      bar.update(done, payload);
    },
    stop() {
      if (begun && !stopped) bar.stop();
      stopped = true;
    },
  };
}
