// Preloaded (node --import) into every process the hostile corpus starts: at exit, writes the
// process's peak memory and CPU time as one JSON line to file descriptor 3, which the harness
// reads apart from stdout and stderr. A process killed by a signal writes nothing.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  try {
    const u = process.resourceUsage();
    writeSync(3, JSON.stringify({ maxRssKb: u.maxRSS, cpuMs: Math.round((u.userCPUTime + u.systemCPUTime) / 1000) }) + '\n');
  } catch {
    // No descriptor 3 (run by hand): nothing to report.
  }
});
