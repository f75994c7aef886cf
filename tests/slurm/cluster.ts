/**
 * A one-node Slurm cluster for the recipe test, from Debian's packages (slurmctld, slurmd,
 * slurm-client, munge): munged as the munge user, then slurmctld and slurmd in the foreground,
 * all started by this process, with every file (key, socket, state, spool, logs) in one
 * temporary directory and free ports, so that it touches nothing of the machine's own and can
 * run beside another copy of itself. `stop()` cancels the jobs, ends every daemon by process id
 * and removes the directory; a watchdog does the same if this process dies first.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The Debian packages the cluster needs, and a command each provides. */
const PACKAGES: Record<string, string> = { munge: 'munged', slurmctld: 'slurmctld', slurmd: 'slurmd', 'slurm-client': 'sbatch' };

/** Whether the cluster can run here, after installing the packages if that is possible. */
export type Availability = { ok: true; installed: string[] } | { ok: false; reason: string };

function which(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { env: { ...process.env, PATH: `${process.env.PATH ?? ''}:/usr/sbin:/sbin` } }).status === 0;
}

function missingPackages(): string[] {
  return Object.entries(PACKAGES)
    .filter(([, cmd]) => !which(cmd))
    .map(([pkg]) => pkg);
}

/**
 * Checks that this process is root on Linux and has the Slurm and munge commands; when some are
 * missing and the machine has apt-get, installs Debian's packages. Package scripts are kept from starting
 * the services (a policy-rc.d that says no, only for the install, when the machine has none).
 */
export function ensureSlurm(): Availability {
  if (process.platform !== 'linux') return { ok: false, reason: `Slurm needs Linux (this is ${process.platform})` };
  if (process.getuid?.() !== 0) return { ok: false, reason: 'the one-node cluster needs root (munged runs as the munge user, slurmd as root)' };
  const missing = missingPackages();
  if (missing.length === 0) return { ok: true, installed: [] };
  if (!which('apt-get')) return { ok: false, reason: `the packages ${missing.join(', ')} are missing and there is no apt-get` };
  const policy = '/usr/sbin/policy-rc.d';
  const ownPolicy = !existsSync(policy);
  if (ownPolicy) writeFileSync(policy, '#!/bin/sh\n# frontier-sim test:slurm: no service starts during its install\nexit 101\n', { mode: 0o755 });
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const apt = (args: string[]) => spawnSync('apt-get', args, { env, encoding: 'utf8', timeout: 150_000 });
    const update = apt(['update', '-qq']);
    const install = apt(['install', '-y', '-qq', '--no-install-recommends', ...missing]);
    if (install.status !== 0) {
      const out = `${update.stderr ?? ''}${install.stdout ?? ''}${install.stderr ?? ''}`.trim().split('\n').slice(-8).join('\n');
      return { ok: false, reason: `apt-get install ${missing.join(' ')} failed (status ${install.status}):\n${out}` };
    }
  } finally {
    if (ownPolicy) unlinkSync(policy);
  }
  const still = missingPackages();
  if (still.length > 0) return { ok: false, reason: `after apt-get install, still missing: ${still.join(', ')}` };
  return { ok: true, installed: missing };
}

/** A free TCP port on 127.0.0.1 (free when asked; the daemons bind it a moment later). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function userIds(name: string): { uid: number; gid: number } {
  const line = spawnSync('getent', ['passwd', name], { encoding: 'utf8' }).stdout.trim();
  const [, , uid, gid] = line.split(':');
  if (uid === undefined || gid === undefined) throw new Error(`no user ${name} (the munge package creates it)`);
  return { uid: Number(uid), gid: Number(gid) };
}

/** The node's memory in MB, as slurmd measures it (a node that claims more is drained). */
function realMemory(): number {
  const out = spawnSync('slurmd', ['-C'], { encoding: 'utf8' }).stdout;
  const m = /RealMemory=(\d+)/.exec(out);
  if (!m) throw new Error(`slurmd -C gave no RealMemory: ${out}`);
  return Number(m[1]);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `check` until it returns a value other than undefined, or fails after `ms`. */
export async function waitFor<T>(what: string, ms: number, check: () => T | undefined, detail: () => string = () => ''): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = check();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms / 1000} s waiting for ${what}${detail() ? `\n${detail()}` : ''}`);
    await sleep(200);
  }
}

/** Process ids of processes (other than this one) whose command line contains `text`. */
export function processesMentioning(text: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(text)) found.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

/** Process ids of processes (other than this one) whose environment holds every one of `variables`. */
export function processesWithEnvironment(...variables: string[]): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const environment = readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0');
      if (variables.every((v) => environment.includes(v))) found.push(Number(entry));
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return found;
}

/** A process's parent's id (0 when it has gone). */
function parentOf(pid: number): number {
  try {
    // /proc/PID/stat: pid (comm) state ppid ...; comm may hold spaces and parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return 0;
  }
}

/** A process's command line, for messages ('' when it has gone). */
export function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
  } catch {
    return '';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) Z/.test(stat); // a zombie has ended
  } catch {
    return false;
  }
}

export interface Cluster {
  /** The temporary directory that holds everything of the cluster. */
  readonly dir: string;
  /** `SLURM_CONF=...`: in the environment of every process of this cluster and its jobs. */
  readonly marker: string;
  /** The environment for Slurm commands (SLURM_CONF) on top of this process's. */
  readonly env: NodeJS.ProcessEnv;
  /** Runs a Slurm command against this cluster; returns stdout, throws on a non-zero status. */
  slurm(cmd: string, args: string[]): string;
  /** The last lines of the daemons' logs, for a failure message. */
  logTail(): string;
  /**
   * Cancels every job, ends the daemons by process id (TERM, then KILL) and removes the
   * directory. Throws if a job's process outlived its cancel (it is killed by pid first).
   */
  stop(): Promise<void>;
}

/** Starts the cluster; the Slurm packages must be there (see {@link ensureSlurm}). */
export async function startCluster(): Promise<Cluster> {
  const dir = mkdtempSync(join(tmpdir(), 'frontier-slurm-'));
  chmodSync(dir, 0o755); // the munge user must reach its own directory inside
  const children: { name: string; child: ChildProcess }[] = [];
  let watchdog: ChildProcess | undefined;
  const conf = join(dir, 'slurm.conf');
  const env = { ...process.env, SLURM_CONF: conf };
  const marker = `SLURM_CONF=${conf}`;
  const logs = join(dir, 'log');
  mkdirSync(logs);

  const start = (name: string, cmd: string, args: string[], ids?: { uid: number; gid: number }) => {
    const fd = openSync(join(logs, `${name}.out`), 'a');
    const child = spawn(cmd, args, { env, stdio: ['ignore', fd, fd], ...(ids ?? {}) });
    closeSync(fd);
    child.on('error', () => {}); // reported through the readiness checks and the log
    children.push({ name, child });
    return child;
  };

  const logTail = () =>
    readdirSync(logs)
      .map((f) => {
        const lines = readFileSync(join(logs, f), 'utf8').trimEnd().split('\n');
        return `--- ${f}\n${lines.slice(-15).join('\n')}`;
      })
      .join('\n');

  const slurm = (cmd: string, args: string[]) => {
    const r = spawnSync(cmd, args, { env, encoding: 'utf8', timeout: 30_000 });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: status ${r.status}\n${r.stdout}${r.stderr}`);
    return r.stdout;
  };

  let stopped = false;
  const killAll = (signal: NodeJS.Signals) => {
    for (const { child } of children) {
      if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) continue;
      try {
        process.kill(child.pid, signal);
      } catch {
        // ended, not yet reaped
      }
    }
  };
  // If this process ends without stop() (an uncaught error, a timeout), end the daemons here.
  const onExit = () => {
    if (stopped) return;
    try {
      killAll('SIGKILL');
      if (watchdog?.pid !== undefined) process.kill(watchdog.pid, 'SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // the watchdog cleans up what is left
    }
  };
  process.on('exit', onExit);

  const stop = async () => {
    if (stopped) return;
    const leftovers: string[] = [];
    try {
      // Jobs first: slurmstepd outlives slurmd, and a job's processes outlive slurmstepd if nothing ends them.
      const jobs = (() => {
        try {
          return slurm('squeue', ['-h', '-o', '%i']).split('\n').filter(Boolean);
        } catch {
          return [];
        }
      })();
      if (jobs.length > 0) {
        spawnSync('scancel', jobs, { env });
        await waitFor('the jobs to end', 20_000, () => (slurm('squeue', ['-h', '-o', '%i']).trim() === '' ? true : undefined)).catch(() => undefined);
      }
      // A job's processes carry the cluster's SLURM_CONF; so do the daemons and their helpers (slurmscriptd).
      const daemons = new Set(children.map(({ child }) => child.pid));
      const jobProcesses = () => processesWithEnvironment(marker).filter((pid) => !daemons.has(pid) && !daemons.has(parentOf(pid)));
      await waitFor('the job processes to end', 15_000, () => (jobProcesses().length === 0 ? true : undefined)).catch(() => undefined);
      for (const pid of jobProcesses()) {
        leftovers.push(`${pid} ${commandLine(pid)}`);
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // ended meanwhile
        }
      }
    } finally {
      killAll('SIGTERM');
      const ended = () => children.every(({ child }) => child.exitCode !== null || child.signalCode !== null);
      await waitFor('the daemons to end', 10_000, () => (ended() ? true : undefined)).catch(() => killAll('SIGKILL'));
      await waitFor('the daemons to be killed', 5_000, () => (ended() ? true : undefined)).catch(() => undefined);
      if (watchdog?.pid !== undefined && alive(watchdog.pid)) process.kill(watchdog.pid, 'SIGKILL');
      rmSync(dir, { recursive: true, force: true });
      stopped = true;
      process.off('exit', onExit);
    }
    const survivors = children.filter(({ child }) => child.exitCode === null && child.signalCode === null).map(({ name, child }) => `${name} (${child.pid})`);
    if (survivors.length > 0) throw new Error(`daemons did not end: ${survivors.join(', ')}`);
    if (leftovers.length > 0) throw new Error(`processes of the cluster's jobs outlived their cancel (killed by pid):\n${leftovers.join('\n')}`);
  };

  try {
    // munge: its own key, socket and files, owned by the munge user, as the daemon insists.
    const munge = userIds('munge');
    const mungeDir = join(dir, 'munge');
    mkdirSync(mungeDir, { mode: 0o755 });
    const key = join(mungeDir, 'munge.key');
    writeFileSync(key, randomBytes(128), { mode: 0o400 });
    chownSync(mungeDir, munge.uid, munge.gid);
    chownSync(key, munge.uid, munge.gid);
    const socket = join(mungeDir, 'munge.socket');
    start(
      'munged',
      'munged',
      [
        '-F',
        `--key-file=${key}`,
        `--socket=${socket}`,
        `--pid-file=${join(mungeDir, 'munged.pid')}`,
        `--log-file=${join(mungeDir, 'munged.log')}`,
        `--seed-file=${join(mungeDir, 'munged.seed')}`,
      ],
      munge,
    );
    await waitFor('munged to open its socket', 10_000, () => (existsSync(socket) ? true : undefined), logTail);

    for (const d of ['state', 'spool']) mkdirSync(join(dir, d));
    const ctldPort = await freePort();
    let slurmdPort = await freePort();
    while (slurmdPort === ctldPort) slurmdPort = await freePort();
    writeFileSync(
      conf,
      [
        'ClusterName=frontier-test',
        'SlurmctldHost=localhost(127.0.0.1)',
        `SlurmctldPort=${ctldPort}`,
        `SlurmdPort=${slurmdPort}`,
        'SlurmUser=root',
        'SlurmdUser=root',
        'AuthType=auth/munge', // auth/slurm needs 23.11; Debian 12 has 22.05
        'CredType=cred/munge',
        `AuthInfo=socket=${socket},cred_expire=10`, // a requeued job may start again after cred_expire
        `StateSaveLocation=${join(dir, 'state')}`,
        `SlurmdSpoolDir=${join(dir, 'spool')}`,
        `SlurmctldPidFile=${join(dir, 'slurmctld.pid')}`,
        `SlurmdPidFile=${join(dir, 'slurmd.pid')}`,
        `SlurmctldLogFile=${join(logs, 'slurmctld.log')}`,
        `SlurmdLogFile=${join(logs, 'slurmd.log')}`,
        'ProctrackType=proctrack/pgid',
        'TaskPlugin=task/none',
        'JobAcctGatherType=jobacct_gather/none',
        'AccountingStorageType=accounting_storage/none',
        'JobCompType=jobcomp/none',
        'MpiDefault=none',
        'SelectType=select/cons_tres',
        'SelectTypeParameters=CR_Core',
        'ReturnToService=2',
        'KillWait=5',
        'SchedulerParameters=sched_interval=1,bf_interval=1', // a requeued job is not held for the default minute
        `NodeName=localhost NodeAddr=127.0.0.1 CPUs=2 RealMemory=${realMemory()} State=UNKNOWN`,
        'PartitionName=test Nodes=localhost Default=YES MaxTime=INFINITE State=UP',
        '',
      ].join('\n'),
    );
    start('slurmctld', 'slurmctld', ['-D']);
    start('slurmd', 'slurmd', ['-D', '-N', 'localhost']);

    // The watchdog: if this process dies without stop(), it kills by pid the daemons, then every
    // process of the cluster's jobs (their environment holds SLURM_CONF) or of the test (its
    // command line names the directory), and removes the directory.
    const pids = children.map(({ child }) => child.pid).join(' ');
    const script = `while kill -0 ${process.pid} 2>/dev/null; do sleep 1; done
kill -9 ${pids} 2>/dev/null
for f in $( { grep -lzxF '${marker}' /proc/[0-9]*/environ; grep -lzF '${dir}' /proc/[0-9]*/cmdline; } 2>/dev/null ); do
  p=\${f#/proc/}; p=\${p%%/*}
  [ "$p" = "$$" ] || kill -9 "$p" 2>/dev/null
done
rm -rf '${dir}'`;
    watchdog = spawn('sh', ['-c', script], { detached: true, stdio: 'ignore' });
    watchdog.unref();

    await waitFor(
      'the node to be idle',
      30_000,
      () => {
        const r = spawnSync('sinfo', ['-h', '-o', '%t'], { env, encoding: 'utf8' });
        return r.status === 0 && r.stdout.trim() === 'idle' ? true : undefined;
      },
      logTail,
    );
  } catch (e) {
    await stop().catch(() => undefined);
    throw e;
  }
  return { dir, marker, env, slurm, logTail, stop };
}
