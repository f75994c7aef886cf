/**
 * The Kubernetes recipe of docs/scaling.md cannot run here (no API server), so it is checked as
 * far as it can be without one: the guide shows the shipped manifests verbatim, each is a valid
 * batch/v1 Job by the Kubernetes API schema (kubernetes-models, generated from the OpenAPI
 * spec), and the two agree with each other and with the guide's experiment.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { ROOT } from '../helpers/paths';
import { fencedBlocks, GUIDE, GUIDE_EXPERIMENT } from './guide';

const DIR = join(ROOT, 'scaling', 'kubernetes');
const guide = readFileSync(GUIDE, 'utf8');

/** A manifest as data: exactly one YAML document, parsed without an error or a warning. */
function manifest(name: string): Record<string, any> {
  const docs = parseAllDocuments(readFileSync(join(DIR, name), 'utf8'));
  if (!Array.isArray(docs) || docs.length !== 1) throw new Error(`${name}: expected one YAML document`);
  const [doc] = docs;
  expect([...doc!.errors, ...doc!.warnings].map((e) => e.message), name).toEqual([]);
  return doc!.toJS() as Record<string, any>;
}

/** The container's shell command, as words, with the flags' values unquoted. */
function words(job: Record<string, any>): { command: string[]; flag: (name: string) => string | undefined } {
  const container = job.spec.template.spec.containers[0];
  expect(container.command).toEqual(['/bin/sh', '-c']);
  const command = (container.args as string[]).join(' ').trim().split(/\s+/).map((w) => w.replace(/^"|"$/g, ''));
  const flag = (name: string) => {
    const i = command.indexOf(`--${name}`);
    return i < 0 ? undefined : command[i + 1];
  };
  return { command, flag };
}

function validate(job: unknown): void {
  new Job(job as ConstructorParameters<typeof Job>[0]).validate();
}

describe('docs/scaling.md and scaling/kubernetes', () => {
  it('the guide shows each shipped manifest verbatim, and shows no manifest that is not shipped', () => {
    const names = readdirSync(DIR).sort();
    expect(names).toEqual(['frontier-mc.yaml', 'frontier-merge.yaml']);
    const blocks = fencedBlocks(guide);
    for (const name of names) {
      const shown = blocks.filter((b) => b.label.includes(`\`scaling/kubernetes/${name}\``));
      expect(shown, name).toHaveLength(1);
      expect(shown[0]?.body, name).toBe(readFileSync(join(DIR, name), 'utf8'));
    }
    expect(blocks.filter((b) => b.body.startsWith('apiVersion:'))).toHaveLength(names.length);
  });

  it('each manifest is a valid batch/v1 Job by the Kubernetes API schema', () => {
    for (const name of readdirSync(DIR)) {
      const job = manifest(name);
      expect(job.apiVersion, name).toBe('batch/v1');
      expect(job.kind, name).toBe('Job');
      expect(() => validate(job), name).not.toThrow();
    }
  });

  it('the schema check rejects a broken manifest (a count given as text, a mount without its path)', () => {
    const job = manifest('frontier-mc.yaml');
    expect(() => validate({ ...job, spec: { ...job.spec, completions: '16' } })).toThrow(/completions must be integer/);
    const broken = structuredClone(job);
    delete broken.spec.template.spec.containers[0].volumeMounts[0].mountPath;
    expect(() => validate(broken)).toThrow(/mountPath/);
  });

  it('the shards: one index a shard, a CPU a worker, each resuming its own file on the shared volume', () => {
    const job = manifest('frontier-mc.yaml');
    const { command, flag } = words(job);
    expect(command.slice(0, 3)).toEqual(['exec', 'frontier-sim', 'mc']); // exec: SIGTERM reaches mc
    expect(job.spec.completionMode).toBe('Indexed');
    expect(job.spec.parallelism).toBe(job.spec.completions);
    expect(flag('shard')).toBe(`\${JOB_COMPLETION_INDEX}/${job.spec.completions}`);
    const { resources, volumeMounts } = job.spec.template.spec.containers[0];
    expect(flag('workers')).toBe(resources.requests.cpu);
    expect(resources.limits.cpu).toBe(resources.requests.cpu);
    expect(command).toContain('--resume');
    expect(job.spec.podReplacementPolicy).toBe('Failed');
    expect(job.spec.template.spec.restartPolicy).toBe('Never');
    const mount = volumeMounts[0].mountPath as string;
    expect(flag('out')).toBe(`${mount}/shard-\${JOB_COMPLETION_INDEX}.ndjson`);
    expect(flag('summary')).toBe(`${mount}/shard-\${JOB_COMPLETION_INDEX}.summary.json`);
    // The guide's experiment, as on Slurm.
    expect(command[3]).toBe(`/scenarios/${basename(GUIDE_EXPERIMENT.scenario)}`);
    expect(flag('policy')).toBe(`/${GUIDE_EXPERIMENT.policy}`);
    expect(flag('seed')).toBe(String(GUIDE_EXPERIMENT.seed));
  });

  it('the merge reads every shard file from the same volume and writes the merged result there', () => {
    const shards = manifest('frontier-mc.yaml');
    const merge = manifest('frontier-merge.yaml');
    const { command, flag } = words(merge);
    expect(command.slice(0, 3)).toEqual(['exec', 'frontier-sim', 'merge']);
    const volume = (job: Record<string, any>) => job.spec.template.spec.volumes[0].persistentVolumeClaim.claimName;
    expect(volume(merge)).toBe(volume(shards));
    const mount = merge.spec.template.spec.containers[0].volumeMounts[0].mountPath as string;
    expect(mount).toBe(shards.spec.template.spec.containers[0].volumeMounts[0].mountPath);
    expect(command[3]).toBe(`${mount}/shard-*.ndjson`);
    expect(flag('out')).toBe(`${mount}/all-runs.ndjson`);
    expect(flag('summary')).toBe(`${mount}/summary.json`);
    expect(merge.spec.template.spec.containers[0].image).toBe(shards.spec.template.spec.containers[0].image);
  });
});
