/**
 * A synthetic three-year series of one county (2021–2023, the 2021 template, pipes tables) built from the standard
 * tables model, every year consistent in itself, with breaks seeded between the years:
 *   2021 → 2022: 上年结转 (2022) of 商业企业 is 2 more than 结转下年度 (2021) said — so 总计 breaks as well;
 *   2022 → 2023: 行政规范性文件 现行有效 (2023) is 1 less than 现行有效 (2022) + 制发 (2023) − 废止 (2023).
 * The agency is written three ways (simplified, Traditional, with its city in front) to exercise the grouping.
 */
import { SUFFIXES, consistentModel, counter, renderText, withTotal, type TablesModel } from '../helpers/standard-tables.js';

export const SYNTHETIC_AGENCIES = ['清溪县人民政府', '清溪縣人民政府', '云州市清溪县人民政府'] as const;
export const SYNTHETIC_YEARS = [2021, 2022, 2023] as const;

/** The seeded breaks, as (check, key, from → to). */
export const SEEDED_BREAKS = [
  ['carried-over', 'requests.carriedOver', 2021, 2022],
  ['carried-over', 'requests.carriedOver@commercial', 2021, 2022],
  ['in-force', 'proactive.normativeDocs.inForce', 2022, 2023],
] as const;

interface Year {
  readonly carriedOver: readonly number[];
  readonly inForce: readonly [number, number];
}

function yearModel(seed: number, year: Year): TablesModel {
  const base = consistentModel('2021', counter(seed));
  const applications = new Map(base.applications);
  const total = applications.get('total')!;
  const forward = applications.get('carriedForward')!;
  const over = withTotal(year.carriedOver);
  // 一 + 二 = 三(七) + 四 holds in every column, as in a sound report.
  applications.set('carriedOver', over);
  applications.set('received', withTotal(SUFFIXES.map((_, c) => total[c]! + forward[c]! - over[c]!)));
  const proactive = base.proactive.map((section, s) =>
    s !== 0
      ? section
      : {
          ...section,
          rows: section.rows.map((row, r) => ({ ...row, cells: [row.cells[0]!, row.cells[1]!, String(year.inForce[r])] })),
        },
  );
  return { ...base, applications, proactive };
}

const sixOf = (v: readonly number[]) => v.slice(0, 6);

/** The three reports' texts, in year order. */
export function syntheticSeries(): string[] {
  const texts: string[] = [];
  let previous: TablesModel | undefined;
  SYNTHETIC_YEARS.forEach((y, i) => {
    const seed = 1 + i * 300;
    // 规章 / 规范性文件 in force: a chain that holds (issued and repealed are the model's cells of this year).
    const probe = consistentModel('2021', counter(seed));
    const cells = probe.proactive[0]!.rows.map((row) => row.cells.map(Number));
    const prevInForce = previous ? previous.proactive[0]!.rows.map((row) => Number(row.cells[2])) : [500, 800];
    const inForce = cells.map((c, r) => prevInForce[r]! + c[0]! - c[1]!) as [number, number];
    if (y === 2023) inForce[1] -= 1;
    const carriedOver = previous ? sixOf(previous.applications.get('carriedForward')!) : sixOf(probe.applications.get('carriedOver')!);
    const over = [...carriedOver];
    if (y === 2022) over[1] = over[1]! + 2;
    const model = yearModel(seed, { carriedOver: over, inForce });
    const text = renderText(model, 'pipes').replace(/^.*\n/, `${SYNTHETIC_AGENCIES[i]}${y}年政府信息公开工作年度报告\n`);
    texts.push(`${text}\n`);
    previous = model;
  });
  return texts;
}
