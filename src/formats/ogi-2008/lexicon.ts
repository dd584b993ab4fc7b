/** Words of the 2008-era reports and their old statistics tables (shared/docs/formats.md §4). */

/** Labels only the 2008-era statistics tables and prose use. */
export const LABELS_2008 = ['同意公开答复数', '同意部分公开答复数', '否决公开答复', '不同意公开答复', '历年累计', '申请信息不存在'] as const;
