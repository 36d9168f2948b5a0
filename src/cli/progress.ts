/** A progress bar on stderr for long commands (files, bytes, rate, ETA); silent with --quiet. */
import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number, total: number, bytes: number): void;
  stop(): void;
}

export function progressBar(label: string, quiet: boolean): Progress {
  if (quiet) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} [{bar}] {percentage}% | {value}/{total} files | {mb} MB | {rate} files/s | ETA {eta_formatted}`,
      stream: process.stderr,
      noTTYOutput: true,
      notTTYSchedule: 5000,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let begun = false;
  return {
    update(done, total, bytes) {
      if (!begun) {
        bar.start(total, 0, { mb: '0.0', rate: '0' });
        begun = true;
      }
      const secs = Math.max(0.001, (Date.now() - started) / 1000);
      bar.update(done, { mb: (bytes / 1e6).toFixed(1), rate: (done / secs).toFixed(0) });
    },
    stop() {
      if (begun) bar.stop();
    },
  };
}
