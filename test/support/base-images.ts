/**
 * Base images for integration tests, made with `docker import` from files on
 * this machine: nothing can be pulled here. Each is a minimal root
 * filesystem (a runtime, the shared libraries `ldd` lists, /bin/sh, a
 * non-root user) tagged by what it holds, and imported only once.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, lstatSync, readdirSync, readlinkSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { pack as tarPack } from 'tar-stream';
import { DockerClient } from '../../actions/shared/docker/docker-client.js';

/** The non-root user every test base image carries (the generated Dockerfiles use the same numeric id). */
export const TEST_USER = { name: 'app', uid: 10001, gid: 10001 } as const;

const PASSWD = `root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n${TEST_USER.name}:x:${TEST_USER.uid}:${TEST_USER.gid}:app:/home/app:/bin/sh\n`;
const GROUP = `root:x:0:\nnogroup:x:65534:\n${TEST_USER.name}:x:${TEST_USER.gid}:\n`;
// Debian merges /bin, /lib, /lib64 and /sbin into /usr; the image keeps the same links.
const MERGED_USR_LINKS = ['/bin', '/lib', '/lib64', '/sbin'];

/** Python stdlib parts no model server needs. */
const STDLIB_EXCLUDES = new Set([
  'test',
  'idlelib',
  'tkinter',
  'turtledemo',
  'ensurepip',
  'lib2to3',
  'pydoc_data',
  'config-3.11-x86_64-linux-gnu',
]);
const DIST_PACKAGES = '/usr/lib/python3/dist-packages';
/** What the python-sklearn template needs from Debian's dist-packages (python3-sklearn and friends), plus pip. */
const PYTHON_PACKAGES = [
  'numpy',
  'numpy-1.24.2.egg-info',
  'scipy',
  'scipy-1.10.1.dist-info',
  'sklearn',
  'scikit_learn-1.2.1.egg-info',
  'joblib',
  'joblib-1.2.0.egg-info',
  'threadpoolctl.py',
  'threadpoolctl-3.1.0.dist-info',
  'pandas',
  'pandas-1.5.3.egg-info',
  'dateutil',
  'python_dateutil-2.8.2.egg-info',
  'pytz',
  'pytz-2022.7.1.egg-info',
  'six.py',
  'six-1.16.0.egg-info',
  'pip',
  'pip-23.0.1.dist-info',
];

interface Entry {
  readonly name: string;
  readonly kind: 'file' | 'dir' | 'symlink' | 'content';
  readonly source?: string;
  readonly target?: string;
  readonly content?: string;
  readonly mode?: number;
}

/** Collects a root filesystem: host paths kept at their canonical place, symlinks as symlinks. */
class RootFs {
  private readonly entries = new Map<string, Entry>();
  private readonly elves = new Set<string>();

  constructor() {
    for (const link of MERGED_USR_LINKS) {
      const stat = lstatSync(link, { throwIfNoEntry: false });
      if (stat?.isSymbolicLink()) this.entries.set(link, { name: link, kind: 'symlink', target: readlinkSync(link) });
    }
    this.entries.set('/tmp', { name: '/tmp', kind: 'dir', mode: 0o1777 });
  }

  /** Adds a host file (or tree), following symlinks to their targets so both exist in the image. */
  addPath(hostPath: string, exclude: (name: string) => boolean = () => false): void {
    const canonical = path.join(realpathSync(path.dirname(hostPath)), path.basename(hostPath));
    if (this.entries.has(canonical)) return;
    const stat = lstatSync(canonical, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isSymbolicLink()) {
      const target = readlinkSync(canonical);
      this.entries.set(canonical, { name: canonical, kind: 'symlink', target });
      this.addPath(path.resolve(path.dirname(canonical), target), exclude);
    } else if (stat.isDirectory()) {
      this.entries.set(canonical, { name: canonical, kind: 'dir', mode: stat.mode & 0o7777 });
      for (const child of readdirSync(canonical)) {
        if (!exclude(child)) this.addPath(path.join(canonical, child), exclude);
      }
    } else if (stat.isFile()) {
      this.entries.set(canonical, { name: canonical, kind: 'file', source: canonical, mode: stat.mode & 0o7777 });
      if (/\.so(\.|$)/.test(canonical) || stat.mode & 0o111) this.elves.add(canonical);
    }
  }

  addContent(name: string, content: string, mode = 0o644): void {
    this.entries.set(name, { name, kind: 'content', content, mode });
  }

  /** Adds every shared library the collected executables and modules load, as `ldd` resolves them. */
  addSharedLibraries(): void {
    let pending = [...this.elves];
    const seen = new Set<string>();
    while (pending.length > 0) {
      const batch = pending.filter((file) => !seen.has(file));
      batch.forEach((file) => seen.add(file));
      pending = [];
      for (let i = 0; i < batch.length; i += 200) {
        for (const library of lddLibraries(batch.slice(i, i + 200))) {
          const before = this.elves.size;
          this.addPath(library);
          if (this.elves.size !== before) pending.push(...[...this.elves].filter((file) => !seen.has(file)));
        }
      }
    }
  }

  /** The tree as an uncompressed tar stream, parents before children. */
  tar(): AsyncIterable<unknown> {
    const pack = tarPack();
    const entries = [...this.entries.values()].sort((a, b) => a.name.localeCompare(b.name));
    void (async () => {
      for (const entry of entries) {
        const name = entry.name.replace(/^\//, '');
        if (entry.kind === 'dir') {
          pack.entry({ name, type: 'directory', mode: entry.mode ?? 0o755 });
        } else if (entry.kind === 'symlink') {
          pack.entry({ name, type: 'symlink', linkname: entry.target ?? '' });
        } else if (entry.kind === 'content') {
          pack.entry({ name, mode: entry.mode ?? 0o644 }, entry.content ?? '');
        } else {
          const size = lstatSync(entry.source ?? '').size;
          await new Promise<void>((resolve, reject) => {
            const sink = pack.entry({ name, size, mode: entry.mode ?? 0o644 }, (error) =>
              error ? reject(error) : resolve(),
            );
            createReadStream(entry.source ?? '')
              .on('error', reject)
              .pipe(sink);
          });
        }
      }
      pack.finalize();
    })().catch((error: unknown) => pack.destroy(error as Error));
    return pack;
  }
}

function lddLibraries(files: readonly string[]): string[] {
  let output: string;
  try {
    output = execFileSync('ldd', [...files], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 << 20,
    });
  } catch (error) {
    // ldd exits non-zero when one argument is not dynamic; its stdout still lists the others.
    output = String((error as { stdout?: unknown }).stdout ?? '');
  }
  const libraries = new Set<string>();
  for (const line of output.split('\n')) {
    const resolved = /=>\s+(\/\S+)/.exec(line)?.[1] ?? /^\s+(\/\S+)\s+\(0x/.exec(line)?.[1];
    if (resolved && existsSync(resolved)) libraries.add(resolved);
  }
  return [...libraries];
}

function baseFs(): RootFs {
  const fs = new RootFs();
  fs.addContent('/etc/passwd', PASSWD);
  fs.addContent('/etc/group', GROUP);
  fs.addContent(`/home/${TEST_USER.name}/.keep`, '');
  fs.addPath('/bin/sh');
  fs.addPath('/usr/bin/env');
  return fs;
}

async function importOnce(repository: string, tag: string, make: () => RootFs, changes: string[]): Promise<string> {
  const docker = new DockerClient();
  const reference = `${repository}:${tag}`;
  if (await docker.inspectImage(reference)) return reference;
  const fs = make();
  fs.addSharedLibraries();
  await docker.importImage(fs.tar(), repository, tag, changes);
  return reference;
}

/** `ml-actions-test/node-base:<node version>`: this machine's node binary, its libraries and /bin/sh. */
export async function nodeBaseImage(): Promise<string> {
  const version = process.versions.node;
  return importOnce(
    'ml-actions-test/node-base',
    version,
    () => {
      const fs = baseFs();
      fs.addPath(process.execPath);
      return fs;
    },
    ['ENV PATH=/usr/local/bin:/usr/bin:/bin', `CMD ["${realpathSync(process.execPath)}"]`],
  );
}

/** The Debian Python with scikit-learn as the python-sklearn template's base image in tests. */
export async function pythonBaseImage(): Promise<string> {
  const python = '/usr/bin/python3.11';
  if (!existsSync(python) || !existsSync(path.join(DIST_PACKAGES, 'sklearn'))) {
    throw new Error(`pythonBaseImage needs ${python} and Debian's python3-sklearn (${DIST_PACKAGES}/sklearn)`);
  }
  return importOnce(
    'ml-actions-test/python-sklearn-base',
    '3.11-sklearn1.2.1',
    () => {
      const fs = baseFs();
      fs.addPath(python);
      fs.addPath('/usr/bin/python3');
      fs.addPath('/usr/lib/python3.11', (name) => STDLIB_EXCLUDES.has(name) || name === 'EXTERNALLY-MANAGED');
      const skipTests = (name: string): boolean => name === 'tests';
      for (const name of PYTHON_PACKAGES) fs.addPath(path.join(DIST_PACKAGES, name), skipTests);
      // Debian's pytz (pulled by pandas) reads the system time zone database.
      fs.addPath('/usr/share/zoneinfo', (name) => name === 'right' || name === 'posix');
      return fs;
    },
    ['ENV PATH=/usr/local/bin:/usr/bin:/bin', 'ENV PYTHONDONTWRITEBYTECODE=1', 'CMD ["/usr/bin/python3"]'],
  );
}
