/**
 * `docker history` made readable, and its steps matched to the image's layers. Pure: unit-tested
 * on CreatedBy strings recorded from the legacy builder, BuildKit, `docker import` and build args.
 */

/** One item of GET /images/{id}/history (Engine API 1.41), newest first as the Engine sends it. */
export interface EngineHistoryItem {
  Id?: string;
  Created?: number;
  CreatedBy?: string;
  Tags?: string[] | null;
  Size?: number;
  Comment?: string;
}

export interface CleanInstruction {
  keyword: string;
  text: string;
  buildArgs?: { name: string; value: string }[];
}

/** A history step, oldest first, before layers are attached. */
export interface HistoryStep extends CleanInstruction {
  raw: string;
  created: number;
  size: number;
  comment: string;
  makesLayer: boolean;
}

const KEYWORDS = new Set([
  'FROM',
  'RUN',
  'CMD',
  'LABEL',
  'MAINTAINER',
  'EXPOSE',
  'ENV',
  'ADD',
  'COPY',
  'ENTRYPOINT',
  'VOLUME',
  'USER',
  'WORKDIR',
  'ARG',
  'ONBUILD',
  'STOPSIGNAL',
  'HEALTHCHECK',
  'SHELL',
]);

/** Instructions that only change the image's configuration: they never make a layer. */
const METADATA_KEYWORDS = new Set([...KEYWORDS].filter((k) => !['FROM', 'RUN', 'ADD', 'COPY'].includes(k)));

/** The shells the builders prefix a step with: "/bin/sh -c" on Linux, "cmd /S /C" on Windows. */
const SHELL_PREFIX = /^(?:\/bin\/sh -c|cmd \/S \/C)\s/;
/** The legacy builder marks metadata steps (and its COPY/ADD) with "#(nop)". */
const NOP = /^(?:\/bin\/sh -c|cmd \/S \/C)\s+#\(nop\)\s*/;
/** Legacy COPY/ADD name their source by content hash: "COPY --chown=1:1 file:ab12… in /dest ". */
const LEGACY_COPY = /^(COPY|ADD)\s+((?:--\S+\s+)*)(file|dir|multi):([a-f0-9]+)\s+in\s+(.+)$/;
/** "|2 A=1 B=2 " before the shell: the build arguments a RUN step saw (legacy builder and BuildKit). */
const BUILD_ARGS = /^\|(\d+)\s+/;

function withKeyword(line: string): CleanInstruction {
  const trimmed = line.trim();
  const first = trimmed.split(/\s/, 1)[0] ?? '';
  return { keyword: KEYWORDS.has(first.toUpperCase()) ? first.toUpperCase() : '', text: trimmed };
}

/** Takes "|N k=v … " off the front; values with spaces are not quoted by the builders, so N tells where to stop. */
function splitBuildArgs(line: string): { args?: { name: string; value: string }[]; rest: string } {
  const match = BUILD_ARGS.exec(line);
  if (!match) return { rest: line };
  let rest = line.slice(match[0].length);
  const args: { name: string; value: string }[] = [];
  for (let i = 0; i < Number(match[1]); i++) {
    const pair = /^(\S+?)=(\S*)\s*/.exec(rest);
    if (!pair) break;
    args.push({ name: pair[1]!, value: pair[2]! });
    rest = rest.slice(pair[0].length);
  }
  return { args, rest };
}

function cleanCopy(line: string): string {
  const match = LEGACY_COPY.exec(line.trim());
  if (!match) return line.trim();
  const [, keyword, flags, kind, hash, dest] = match;
  return `${keyword} ${flags ?? ''}${kind}:${hash!.slice(0, 12)} ${dest!.trim()}`;
}

/**
 * The instruction a CreatedBy string stands for:
 *   "/bin/sh -c #(nop)  CMD [\"sh\"]"        → CMD ["sh"]
 *   "/bin/sh -c echo hi"                     → RUN echo hi
 *   "|2 A=1 B=2 /bin/sh -c make"             → RUN make, with build args A and B
 *   "RUN /bin/sh -c echo hi # buildkit"      → RUN echo hi
 *   "/bin/sh -c #(nop) COPY file:ab… in /x " → COPY file:ab… /x
 *   "" with comment "Imported from -"        → IMPORT
 */
export function cleanInstruction(createdBy: string, comment = ''): CleanInstruction {
  let line = createdBy.trim();
  if (line === '') {
    return /^Imported from\b/.test(comment) ? { keyword: 'IMPORT', text: 'IMPORT' } : { keyword: '', text: '' };
  }
  // BuildKit writes the Dockerfile instruction itself, RUN with its shell, and a "# buildkit" mark.
  line = line.replace(/\s+# buildkit$/, '');
  const buildkitRun = /^RUN\s/.test(line);
  if (buildkitRun) line = line.slice(4).trim();

  const nop = NOP.exec(line);
  if (nop) {
    const cleaned = withKeyword(line.slice(nop[0].length));
    return cleaned.keyword === 'COPY' || cleaned.keyword === 'ADD'
      ? { ...cleaned, text: cleanCopy(cleaned.text) }
      : cleaned;
  }
  const { args, rest } = splitBuildArgs(line);
  const shell = SHELL_PREFIX.exec(rest);
  if (shell) {
    const command = rest.slice(shell[0].length).trim();
    return { keyword: 'RUN', text: `RUN ${command}`, ...(args && args.length > 0 ? { buildArgs: args } : {}) };
  }
  if (args || buildkitRun) {
    return { keyword: 'RUN', text: `RUN ${rest.trim()}`, ...(args && args.length > 0 ? { buildArgs: args } : {}) };
  }
  const cleaned = withKeyword(line);
  return cleaned.keyword === 'COPY' || cleaned.keyword === 'ADD'
    ? { ...cleaned, text: cleanCopy(cleaned.text) }
    : cleaned;
}

/**
 * Whether a step made a layer. The Engine's /history has no empty_layer flag, so this is a
 * heuristic: a step that added bytes did; RUN, ADD, COPY and IMPORT always do (an empty diff is
 * still a layer for the legacy builder); Dockerfile metadata instructions (CMD, ENV, LABEL…) never
 * do; anything else not marked "#(nop)" (a `docker commit`) does. BuildKit drops empty RUN layers,
 * which this cannot see: mapStepsToLayers then notices the count is off.
 */
export function makesLayer(step: { keyword: string; size: number; raw: string }): boolean {
  if (step.size > 0) return true;
  if (['RUN', 'ADD', 'COPY', 'IMPORT'].includes(step.keyword)) return true;
  if (METADATA_KEYWORDS.has(step.keyword) || step.raw.trim() === '') return false;
  return !NOP.test(step.raw.trim());
}

/** History items (newest first, as the Engine sends them) → cleaned steps, oldest first. */
export function toHistorySteps(items: readonly EngineHistoryItem[]): HistoryStep[] {
  return [...items].reverse().map((item) => {
    const raw = item.CreatedBy ?? '';
    const comment = item.Comment ?? '';
    const size = item.Size ?? 0;
    const cleaned = cleanInstruction(raw, comment);
    return {
      ...cleaned,
      raw,
      created: item.Created ?? 0,
      size,
      comment,
      makesLayer: makesLayer({ keyword: cleaned.keyword, size, raw }),
    };
  });
}

export interface LayerMapping {
  /** Per step (oldest first): the index in RootFS.Layers of the layer it made, or null. */
  layerOfStep: (number | null)[];
  /** Per layer: the step that made it, or null when none could be matched. */
  stepOfLayer: (number | null)[];
  /** False when layer-making steps and layers matched one to one. */
  approximate: boolean;
}

/**
 * Matches steps that made a layer to RootFS.Layers, in order. When their numbers differ (the
 * heuristic above was wrong somewhere, or the history was squashed), aligns them from the newest
 * end, where the image's own steps are, and says the mapping is approximate.
 */
export function mapStepsToLayers(steps: readonly { makesLayer: boolean }[], layerCount: number): LayerMapping {
  const layerSteps = steps.flatMap((step, index) => (step.makesLayer ? [index] : []));
  const layerOfStep: (number | null)[] = steps.map(() => null);
  const stepOfLayer: (number | null)[] = Array.from({ length: layerCount }, () => null);
  const approximate = layerSteps.length !== layerCount;
  const offset = layerCount - layerSteps.length;
  layerSteps.forEach((stepIndex, k) => {
    const layer = k + offset;
    if (layer < 0) return;
    layerOfStep[stepIndex] = layer;
    stepOfLayer[layer] = stepIndex;
  });
  return { layerOfStep, stepOfLayer, approximate };
}

/** Per layer: the bytes its step added, or null when no step could be matched to it. */
export function layerSizes(steps: readonly HistoryStep[], mapping: LayerMapping): (number | null)[] {
  return mapping.stepOfLayer.map((step) => (step === null ? null : steps[step]!.size));
}
