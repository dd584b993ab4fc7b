// Generated from src/schema/keys.ts by `npm run docs` (docs/record-types.mjs), like docs/record.md; a test keeps it
// current. Do not edit by hand.
import type { DocumentKind } from './report.js';

/** Every canonical record key (docs/record.md), in record order. */
export type RecordKey =
  | 'meta.kind'
  | 'meta.template'
  | 'meta.title'
  | 'meta.agency'
  | 'meta.year'
  | 'meta.publishedAt'
  | 'meta.periodStart'
  | 'meta.periodEnd'
  | 'requests.received'
  | 'requests.carriedOver'
  | 'requests.byChannel.inPerson'
  | 'requests.byChannel.fax'
  | 'requests.byChannel.online'
  | 'requests.byChannel.mail'
  | 'requests.byChannel.email'
  | 'requests.byChannel.other'
  | 'requests.completed'
  | 'requests.completedOnTime'
  | 'requests.extended'
  | 'requests.processed'
  | 'requests.carriedForward'
  | 'dispositions.granted'
  | 'dispositions.partiallyGranted'
  | 'dispositions.denied.stateSecret'
  | 'dispositions.denied.lawProhibited'
  | 'dispositions.denied.safetyStability'
  | 'dispositions.denied.thirdParty'
  | 'dispositions.denied.internalAffairs'
  | 'dispositions.denied.processInfo'
  | 'dispositions.denied.enforcementFiles'
  | 'dispositions.denied.queryMatters'
  | 'dispositions.unableToProvide.notHeld'
  | 'dispositions.unableToProvide.needsCreation'
  | 'dispositions.unableToProvide.unclear'
  | 'dispositions.notProcessed.complaint'
  | 'dispositions.notProcessed.repeated'
  | 'dispositions.notProcessed.publication'
  | 'dispositions.notProcessed.massive'
  | 'dispositions.notProcessed.confirmation'
  | 'dispositions.other'
  | 'dispositions.other.noCorrection'
  | 'dispositions.other.unpaidFee'
  | 'dispositions.other.otherReason'
  | 'dispositions.total'
  | 'dispositions.grantedOrPartial'
  | 'dispositions.alreadyPublic'
  | 'dispositions.denied'
  | 'dispositions.unableToProvide'
  | 'dispositions.notProcessed'
  | 'dispositions.notThisAgency'
  | 'dispositions.notExist'
  | 'dispositions.amendRequested'
  | 'dispositions.otherChannel'
  | 'review.upheld'
  | 'review.corrected'
  | 'review.other'
  | 'review.pending'
  | 'review.total'
  | 'litigation.direct.upheld'
  | 'litigation.direct.corrected'
  | 'litigation.direct.other'
  | 'litigation.direct.pending'
  | 'litigation.direct.total'
  | 'litigation.afterReview.upheld'
  | 'litigation.afterReview.corrected'
  | 'litigation.afterReview.other'
  | 'litigation.afterReview.pending'
  | 'litigation.afterReview.total'
  | 'litigation.total'
  | 'litigation.upheld'
  | 'litigation.corrected'
  | 'litigation.other'
  | 'complaints.total'
  | 'proactive.total'
  | 'proactive.rules.issued'
  | 'proactive.rules.repealed'
  | 'proactive.rules.inForce'
  | 'proactive.rules.made'
  | 'proactive.rules.published'
  | 'proactive.rules.totalPublic'
  | 'proactive.normativeDocs.issued'
  | 'proactive.normativeDocs.repealed'
  | 'proactive.normativeDocs.inForce'
  | 'proactive.normativeDocs.made'
  | 'proactive.normativeDocs.published'
  | 'proactive.normativeDocs.totalPublic'
  | 'proactive.licensing.decisions'
  | 'proactive.licensing.previous'
  | 'proactive.licensing.change'
  | 'proactive.penalty.decisions'
  | 'proactive.penalty.previous'
  | 'proactive.penalty.change'
  | 'proactive.coercion.decisions'
  | 'proactive.coercion.previous'
  | 'proactive.coercion.change'
  | 'proactive.otherServices.previous'
  | 'proactive.otherServices.change'
  | 'proactive.otherServices.decisions'
  | 'proactive.fees.amount'
  | 'proactive.fees.previous'
  | 'proactive.fees.change'
  | 'proactive.procurement.projects'
  | 'proactive.procurement.amount'
  | 'fees.collected'
  | 'requests.received@naturalPerson'
  | 'requests.received@commercial'
  | 'requests.received@research'
  | 'requests.received@social'
  | 'requests.received@legal'
  | 'requests.received@otherOrg'
  | 'requests.carriedOver@naturalPerson'
  | 'requests.carriedOver@commercial'
  | 'requests.carriedOver@research'
  | 'requests.carriedOver@social'
  | 'requests.carriedOver@legal'
  | 'requests.carriedOver@otherOrg'
  | 'dispositions.granted@naturalPerson'
  | 'dispositions.granted@commercial'
  | 'dispositions.granted@research'
  | 'dispositions.granted@social'
  | 'dispositions.granted@legal'
  | 'dispositions.granted@otherOrg'
  | 'dispositions.partiallyGranted@naturalPerson'
  | 'dispositions.partiallyGranted@commercial'
  | 'dispositions.partiallyGranted@research'
  | 'dispositions.partiallyGranted@social'
  | 'dispositions.partiallyGranted@legal'
  | 'dispositions.partiallyGranted@otherOrg'
  | 'dispositions.denied.stateSecret@naturalPerson'
  | 'dispositions.denied.stateSecret@commercial'
  | 'dispositions.denied.stateSecret@research'
  | 'dispositions.denied.stateSecret@social'
  | 'dispositions.denied.stateSecret@legal'
  | 'dispositions.denied.stateSecret@otherOrg'
  | 'dispositions.denied.lawProhibited@naturalPerson'
  | 'dispositions.denied.lawProhibited@commercial'
  | 'dispositions.denied.lawProhibited@research'
  | 'dispositions.denied.lawProhibited@social'
  | 'dispositions.denied.lawProhibited@legal'
  | 'dispositions.denied.lawProhibited@otherOrg'
  | 'dispositions.denied.safetyStability@naturalPerson'
  | 'dispositions.denied.safetyStability@commercial'
  | 'dispositions.denied.safetyStability@research'
  | 'dispositions.denied.safetyStability@social'
  | 'dispositions.denied.safetyStability@legal'
  | 'dispositions.denied.safetyStability@otherOrg'
  | 'dispositions.denied.thirdParty@naturalPerson'
  | 'dispositions.denied.thirdParty@commercial'
  | 'dispositions.denied.thirdParty@research'
  | 'dispositions.denied.thirdParty@social'
  | 'dispositions.denied.thirdParty@legal'
  | 'dispositions.denied.thirdParty@otherOrg'
  | 'dispositions.denied.internalAffairs@naturalPerson'
  | 'dispositions.denied.internalAffairs@commercial'
  | 'dispositions.denied.internalAffairs@research'
  | 'dispositions.denied.internalAffairs@social'
  | 'dispositions.denied.internalAffairs@legal'
  | 'dispositions.denied.internalAffairs@otherOrg'
  | 'dispositions.denied.processInfo@naturalPerson'
  | 'dispositions.denied.processInfo@commercial'
  | 'dispositions.denied.processInfo@research'
  | 'dispositions.denied.processInfo@social'
  | 'dispositions.denied.processInfo@legal'
  | 'dispositions.denied.processInfo@otherOrg'
  | 'dispositions.denied.enforcementFiles@naturalPerson'
  | 'dispositions.denied.enforcementFiles@commercial'
  | 'dispositions.denied.enforcementFiles@research'
  | 'dispositions.denied.enforcementFiles@social'
  | 'dispositions.denied.enforcementFiles@legal'
  | 'dispositions.denied.enforcementFiles@otherOrg'
  | 'dispositions.denied.queryMatters@naturalPerson'
  | 'dispositions.denied.queryMatters@commercial'
  | 'dispositions.denied.queryMatters@research'
  | 'dispositions.denied.queryMatters@social'
  | 'dispositions.denied.queryMatters@legal'
  | 'dispositions.denied.queryMatters@otherOrg'
  | 'dispositions.unableToProvide.notHeld@naturalPerson'
  | 'dispositions.unableToProvide.notHeld@commercial'
  | 'dispositions.unableToProvide.notHeld@research'
  | 'dispositions.unableToProvide.notHeld@social'
  | 'dispositions.unableToProvide.notHeld@legal'
  | 'dispositions.unableToProvide.notHeld@otherOrg'
  | 'dispositions.unableToProvide.needsCreation@naturalPerson'
  | 'dispositions.unableToProvide.needsCreation@commercial'
  | 'dispositions.unableToProvide.needsCreation@research'
  | 'dispositions.unableToProvide.needsCreation@social'
  | 'dispositions.unableToProvide.needsCreation@legal'
  | 'dispositions.unableToProvide.needsCreation@otherOrg'
  | 'dispositions.unableToProvide.unclear@naturalPerson'
  | 'dispositions.unableToProvide.unclear@commercial'
  | 'dispositions.unableToProvide.unclear@research'
  | 'dispositions.unableToProvide.unclear@social'
  | 'dispositions.unableToProvide.unclear@legal'
  | 'dispositions.unableToProvide.unclear@otherOrg'
  | 'dispositions.notProcessed.complaint@naturalPerson'
  | 'dispositions.notProcessed.complaint@commercial'
  | 'dispositions.notProcessed.complaint@research'
  | 'dispositions.notProcessed.complaint@social'
  | 'dispositions.notProcessed.complaint@legal'
  | 'dispositions.notProcessed.complaint@otherOrg'
  | 'dispositions.notProcessed.repeated@naturalPerson'
  | 'dispositions.notProcessed.repeated@commercial'
  | 'dispositions.notProcessed.repeated@research'
  | 'dispositions.notProcessed.repeated@social'
  | 'dispositions.notProcessed.repeated@legal'
  | 'dispositions.notProcessed.repeated@otherOrg'
  | 'dispositions.notProcessed.publication@naturalPerson'
  | 'dispositions.notProcessed.publication@commercial'
  | 'dispositions.notProcessed.publication@research'
  | 'dispositions.notProcessed.publication@social'
  | 'dispositions.notProcessed.publication@legal'
  | 'dispositions.notProcessed.publication@otherOrg'
  | 'dispositions.notProcessed.massive@naturalPerson'
  | 'dispositions.notProcessed.massive@commercial'
  | 'dispositions.notProcessed.massive@research'
  | 'dispositions.notProcessed.massive@social'
  | 'dispositions.notProcessed.massive@legal'
  | 'dispositions.notProcessed.massive@otherOrg'
  | 'dispositions.notProcessed.confirmation@naturalPerson'
  | 'dispositions.notProcessed.confirmation@commercial'
  | 'dispositions.notProcessed.confirmation@research'
  | 'dispositions.notProcessed.confirmation@social'
  | 'dispositions.notProcessed.confirmation@legal'
  | 'dispositions.notProcessed.confirmation@otherOrg'
  | 'dispositions.other@naturalPerson'
  | 'dispositions.other@commercial'
  | 'dispositions.other@research'
  | 'dispositions.other@social'
  | 'dispositions.other@legal'
  | 'dispositions.other@otherOrg'
  | 'dispositions.other.noCorrection@naturalPerson'
  | 'dispositions.other.noCorrection@commercial'
  | 'dispositions.other.noCorrection@research'
  | 'dispositions.other.noCorrection@social'
  | 'dispositions.other.noCorrection@legal'
  | 'dispositions.other.noCorrection@otherOrg'
  | 'dispositions.other.unpaidFee@naturalPerson'
  | 'dispositions.other.unpaidFee@commercial'
  | 'dispositions.other.unpaidFee@research'
  | 'dispositions.other.unpaidFee@social'
  | 'dispositions.other.unpaidFee@legal'
  | 'dispositions.other.unpaidFee@otherOrg'
  | 'dispositions.other.otherReason@naturalPerson'
  | 'dispositions.other.otherReason@commercial'
  | 'dispositions.other.otherReason@research'
  | 'dispositions.other.otherReason@social'
  | 'dispositions.other.otherReason@legal'
  | 'dispositions.other.otherReason@otherOrg'
  | 'dispositions.total@naturalPerson'
  | 'dispositions.total@commercial'
  | 'dispositions.total@research'
  | 'dispositions.total@social'
  | 'dispositions.total@legal'
  | 'dispositions.total@otherOrg'
  | 'requests.carriedForward@naturalPerson'
  | 'requests.carriedForward@commercial'
  | 'requests.carriedForward@research'
  | 'requests.carriedForward@social'
  | 'requests.carriedForward@legal'
  | 'requests.carriedForward@otherOrg';

/**
 * The flat record (`toRecord`, the CLI's `record`): a value type per key, every key optional but `meta.kind`.
 * Counts and money are numbers; dates are `YYYY-MM-DD` strings. A misspelt key does not compile.
 */
export type OgiRecord = {
  /** annual-report or other */
  'meta.kind': DocumentKind;
  /** ogi-2008 | ogi-2019 | ogi-2021 (or a user format id) */
  'meta.template'?: string;
  /** document title as written */
  'meta.title'?: string;
  /** issuing body as written */
  'meta.agency'?: string;
  /** the year the statistics cover */
  'meta.year'?: number;
  /** publication date */
  'meta.publishedAt'?: string;
  /** statistics period start */
  'meta.periodStart'?: string;
  /** statistics period end */
  'meta.periodEnd'?: string;
  /** 本年新收政府信息公开申请数量 (prose: 收到/受理…申请 N 件) */
  'requests.received'?: number;
  /** 上年结转政府信息公开申请数量 */
  'requests.carriedOver'?: number;
  /** requests by channel: inPerson */
  'requests.byChannel.inPerson'?: number;
  /** requests by channel: fax */
  'requests.byChannel.fax'?: number;
  /** requests by channel: online */
  'requests.byChannel.online'?: number;
  /** requests by channel: mail */
  'requests.byChannel.mail'?: number;
  /** requests by channel: email */
  'requests.byChannel.email'?: number;
  /** requests by channel: other */
  'requests.byChannel.other'?: number;
  /** 办结 / answered (申请办结数, 申请答复数) */
  'requests.completed'?: number;
  /** 按时办结数 */
  'requests.completedOnTime'?: number;
  /** 延期办结数 */
  'requests.extended'?: number;
  /** 处理…件(含上下年结转) stated as one total */
  'requests.processed'?: number;
  /** 结转下年度继续办理 */
  'requests.carriedForward'?: number;
  /** （一）予以公开; 2008: 同意公开 */
  'dispositions.granted'?: number;
  /** （二）部分公开; 2008: 同意部分公开 */
  'dispositions.partiallyGranted'?: number;
  /** 不予公开: 属于国家秘密 */
  'dispositions.denied.stateSecret'?: number;
  /** 不予公开: 其他法律行政法规禁止公开 */
  'dispositions.denied.lawProhibited'?: number;
  /** 不予公开: 危及“三安全一稳定” */
  'dispositions.denied.safetyStability'?: number;
  /** 不予公开: 保护第三方合法权益 */
  'dispositions.denied.thirdParty'?: number;
  /** 不予公开: 属于三类内部事务信息 */
  'dispositions.denied.internalAffairs'?: number;
  /** 不予公开: 属于四类过程性信息 */
  'dispositions.denied.processInfo'?: number;
  /** 不予公开: 属于行政执法案卷 */
  'dispositions.denied.enforcementFiles'?: number;
  /** 不予公开: 属于行政查询事项 */
  'dispositions.denied.queryMatters'?: number;
  /** 无法提供: 本机关不掌握相关政府信息 */
  'dispositions.unableToProvide.notHeld'?: number;
  /** 无法提供: 没有现成信息需要另行制作 */
  'dispositions.unableToProvide.needsCreation'?: number;
  /** 无法提供: 补正后申请内容仍不明确 */
  'dispositions.unableToProvide.unclear'?: number;
  /** 不予处理: 信访举报投诉类申请 */
  'dispositions.notProcessed.complaint'?: number;
  /** 不予处理: 重复申请 */
  'dispositions.notProcessed.repeated'?: number;
  /** 不予处理: 要求提供公开出版物 */
  'dispositions.notProcessed.publication'?: number;
  /** 不予处理: 无正当理由大量反复申请 */
  'dispositions.notProcessed.massive'?: number;
  /** 不予处理: 要求行政机关确认或重新出具已获取信息 */
  'dispositions.notProcessed.confirmation'?: number;
  /** （六）其他处理 (a row in 2019, a group total in 2021) */
  'dispositions.other'?: number;
  /** 其他处理 (2021): 逾期不补正 */
  'dispositions.other.noCorrection'?: number;
  /** 其他处理 (2021): 逾期未缴纳费用 */
  'dispositions.other.unpaidFee'?: number;
  /** 其他处理 (2021): 其他 */
  'dispositions.other.otherReason'?: number;
  /** （七）总计 */
  'dispositions.total'?: number;
  /** 予以公开及部分公开 N 件, stated combined */
  'dispositions.grantedOrPartial'?: number;
  /** 2008: 属于已主动公开范围 */
  'dispositions.alreadyPublic'?: number;
  /** （三）不予公开 total; 2008: 不同意公开 */
  'dispositions.denied'?: number;
  /** （四）无法提供 total */
  'dispositions.unableToProvide'?: number;
  /** （五）不予处理 total */
  'dispositions.notProcessed'?: number;
  /** 2008: 不属于本行政机关公开 */
  'dispositions.notThisAgency'?: number;
  /** 2008: 申请信息不存在 */
  'dispositions.notExist'?: number;
  /** 2008: 告知作出更改补充 */
  'dispositions.amendRequested'?: number;
  /** 2008: 告知通过其他途径办理 */
  'dispositions.otherChannel'?: number;
  /** 行政复议: upheld */
  'review.upheld'?: number;
  /** 行政复议: corrected */
  'review.corrected'?: number;
  /** 行政复议: other */
  'review.other'?: number;
  /** 行政复议: pending */
  'review.pending'?: number;
  /** 行政复议: total */
  'review.total'?: number;
  /** 未经复议直接起诉: upheld */
  'litigation.direct.upheld'?: number;
  /** 未经复议直接起诉: corrected */
  'litigation.direct.corrected'?: number;
  /** 未经复议直接起诉: other */
  'litigation.direct.other'?: number;
  /** 未经复议直接起诉: pending */
  'litigation.direct.pending'?: number;
  /** 未经复议直接起诉: total */
  'litigation.direct.total'?: number;
  /** 复议后起诉: upheld */
  'litigation.afterReview.upheld'?: number;
  /** 复议后起诉: corrected */
  'litigation.afterReview.corrected'?: number;
  /** 复议后起诉: other */
  'litigation.afterReview.other'?: number;
  /** 复议后起诉: pending */
  'litigation.afterReview.pending'?: number;
  /** 复议后起诉: total */
  'litigation.afterReview.total'?: number;
  /** all lawsuits as one number */
  'litigation.total'?: number;
  /** 2008: lawsuits upheld (均已胜诉 → total) */
  'litigation.upheld'?: number;
  /** 2008: lawsuits corrected */
  'litigation.corrected'?: number;
  /** 2008: lawsuits, other outcome */
  'litigation.other'?: number;
  /** 2008: 举报投诉数量 */
  'complaints.total'?: number;
  /** 主动公开政府信息 N 条 */
  'proactive.total'?: number;
  /** 2021: 本年制发件数 */
  'proactive.rules.issued'?: number;
  /** 2021: 本年废止件数 */
  'proactive.rules.repealed'?: number;
  /** 2021: 现行有效件数 */
  'proactive.rules.inForce'?: number;
  /** 2019: 本年新制作数量 */
  'proactive.rules.made'?: number;
  /** 2019: 本年新公开数量 */
  'proactive.rules.published'?: number;
  /** 2019: 对外公开总数量 */
  'proactive.rules.totalPublic'?: number;
  /** 2021: 本年制发件数 */
  'proactive.normativeDocs.issued'?: number;
  /** 2021: 本年废止件数 */
  'proactive.normativeDocs.repealed'?: number;
  /** 2021: 现行有效件数 */
  'proactive.normativeDocs.inForce'?: number;
  /** 2019: 本年新制作数量 */
  'proactive.normativeDocs.made'?: number;
  /** 2019: 本年新公开数量 */
  'proactive.normativeDocs.published'?: number;
  /** 2019: 对外公开总数量 */
  'proactive.normativeDocs.totalPublic'?: number;
  /** 本年处理决定数量 */
  'proactive.licensing.decisions'?: number;
  /** 2019: 上一年项目数量 */
  'proactive.licensing.previous'?: number;
  /** 2019: 本年增/减 */
  'proactive.licensing.change'?: number;
  /** 本年处理决定数量 */
  'proactive.penalty.decisions'?: number;
  /** 2019: 上一年项目数量 */
  'proactive.penalty.previous'?: number;
  /** 2019: 本年增/减 */
  'proactive.penalty.change'?: number;
  /** 本年处理决定数量 */
  'proactive.coercion.decisions'?: number;
  /** 2019: 上一年项目数量 */
  'proactive.coercion.previous'?: number;
  /** 2019: 本年增/减 */
  'proactive.coercion.change'?: number;
  /** 2019: 其他对外管理服务事项 上一年项目数量 */
  'proactive.otherServices.previous'?: number;
  /** 2019: 其他对外管理服务事项 本年增/减 */
  'proactive.otherServices.change'?: number;
  /** 2019: 其他对外管理服务事项 处理决定数量 */
  'proactive.otherServices.decisions'?: number;
  /** 2021: 行政事业性收费 本年收费金额 (万元) (万元) */
  'proactive.fees.amount'?: number;
  /** 2019: 行政事业性收费 上一年项目数量 */
  'proactive.fees.previous'?: number;
  /** 2019: 行政事业性收费 本年增/减 */
  'proactive.fees.change'?: number;
  /** 2019: 政府集中采购 采购项目数量 */
  'proactive.procurement.projects'?: number;
  /** 2019: 采购总金额 (元) (元) */
  'proactive.procurement.amount'?: number;
  /** fees charged for answering requests (元) (元) */
  'fees.collected'?: number;
  /** 本年新收政府信息公开申请数量 (prose: 收到/受理…申请 N 件) — applicant column naturalPerson */
  'requests.received@naturalPerson'?: number;
  /** 本年新收政府信息公开申请数量 (prose: 收到/受理…申请 N 件) — applicant column commercial */
  'requests.received@commercial'?: number;
  /** 本年新收政府信息公开申请数量 (prose: 收到/受理…申请 N 件) — applicant column research */
  'requests.received@research'?: number;
  /** 本年新收政府信息公开申请数量 (prose: 收到/受理…申请 N 件) — applicant column social */
  'requests.received@social'?: number;
  /** 本年新收政府信息公开申请数量 (prose: 收到/受理…申请 N 件) — applicant column legal */
  'requests.received@legal'?: number;
  /** 本年新收政府信息公开申请数量 (prose: 收到/受理…申请 N 件) — applicant column otherOrg */
  'requests.received@otherOrg'?: number;
  /** 上年结转政府信息公开申请数量 — applicant column naturalPerson */
  'requests.carriedOver@naturalPerson'?: number;
  /** 上年结转政府信息公开申请数量 — applicant column commercial */
  'requests.carriedOver@commercial'?: number;
  /** 上年结转政府信息公开申请数量 — applicant column research */
  'requests.carriedOver@research'?: number;
  /** 上年结转政府信息公开申请数量 — applicant column social */
  'requests.carriedOver@social'?: number;
  /** 上年结转政府信息公开申请数量 — applicant column legal */
  'requests.carriedOver@legal'?: number;
  /** 上年结转政府信息公开申请数量 — applicant column otherOrg */
  'requests.carriedOver@otherOrg'?: number;
  /** （一）予以公开; 2008: 同意公开 — applicant column naturalPerson */
  'dispositions.granted@naturalPerson'?: number;
  /** （一）予以公开; 2008: 同意公开 — applicant column commercial */
  'dispositions.granted@commercial'?: number;
  /** （一）予以公开; 2008: 同意公开 — applicant column research */
  'dispositions.granted@research'?: number;
  /** （一）予以公开; 2008: 同意公开 — applicant column social */
  'dispositions.granted@social'?: number;
  /** （一）予以公开; 2008: 同意公开 — applicant column legal */
  'dispositions.granted@legal'?: number;
  /** （一）予以公开; 2008: 同意公开 — applicant column otherOrg */
  'dispositions.granted@otherOrg'?: number;
  /** （二）部分公开; 2008: 同意部分公开 — applicant column naturalPerson */
  'dispositions.partiallyGranted@naturalPerson'?: number;
  /** （二）部分公开; 2008: 同意部分公开 — applicant column commercial */
  'dispositions.partiallyGranted@commercial'?: number;
  /** （二）部分公开; 2008: 同意部分公开 — applicant column research */
  'dispositions.partiallyGranted@research'?: number;
  /** （二）部分公开; 2008: 同意部分公开 — applicant column social */
  'dispositions.partiallyGranted@social'?: number;
  /** （二）部分公开; 2008: 同意部分公开 — applicant column legal */
  'dispositions.partiallyGranted@legal'?: number;
  /** （二）部分公开; 2008: 同意部分公开 — applicant column otherOrg */
  'dispositions.partiallyGranted@otherOrg'?: number;
  /** 不予公开: 属于国家秘密 — applicant column naturalPerson */
  'dispositions.denied.stateSecret@naturalPerson'?: number;
  /** 不予公开: 属于国家秘密 — applicant column commercial */
  'dispositions.denied.stateSecret@commercial'?: number;
  /** 不予公开: 属于国家秘密 — applicant column research */
  'dispositions.denied.stateSecret@research'?: number;
  /** 不予公开: 属于国家秘密 — applicant column social */
  'dispositions.denied.stateSecret@social'?: number;
  /** 不予公开: 属于国家秘密 — applicant column legal */
  'dispositions.denied.stateSecret@legal'?: number;
  /** 不予公开: 属于国家秘密 — applicant column otherOrg */
  'dispositions.denied.stateSecret@otherOrg'?: number;
  /** 不予公开: 其他法律行政法规禁止公开 — applicant column naturalPerson */
  'dispositions.denied.lawProhibited@naturalPerson'?: number;
  /** 不予公开: 其他法律行政法规禁止公开 — applicant column commercial */
  'dispositions.denied.lawProhibited@commercial'?: number;
  /** 不予公开: 其他法律行政法规禁止公开 — applicant column research */
  'dispositions.denied.lawProhibited@research'?: number;
  /** 不予公开: 其他法律行政法规禁止公开 — applicant column social */
  'dispositions.denied.lawProhibited@social'?: number;
  /** 不予公开: 其他法律行政法规禁止公开 — applicant column legal */
  'dispositions.denied.lawProhibited@legal'?: number;
  /** 不予公开: 其他法律行政法规禁止公开 — applicant column otherOrg */
  'dispositions.denied.lawProhibited@otherOrg'?: number;
  /** 不予公开: 危及“三安全一稳定” — applicant column naturalPerson */
  'dispositions.denied.safetyStability@naturalPerson'?: number;
  /** 不予公开: 危及“三安全一稳定” — applicant column commercial */
  'dispositions.denied.safetyStability@commercial'?: number;
  /** 不予公开: 危及“三安全一稳定” — applicant column research */
  'dispositions.denied.safetyStability@research'?: number;
  /** 不予公开: 危及“三安全一稳定” — applicant column social */
  'dispositions.denied.safetyStability@social'?: number;
  /** 不予公开: 危及“三安全一稳定” — applicant column legal */
  'dispositions.denied.safetyStability@legal'?: number;
  /** 不予公开: 危及“三安全一稳定” — applicant column otherOrg */
  'dispositions.denied.safetyStability@otherOrg'?: number;
  /** 不予公开: 保护第三方合法权益 — applicant column naturalPerson */
  'dispositions.denied.thirdParty@naturalPerson'?: number;
  /** 不予公开: 保护第三方合法权益 — applicant column commercial */
  'dispositions.denied.thirdParty@commercial'?: number;
  /** 不予公开: 保护第三方合法权益 — applicant column research */
  'dispositions.denied.thirdParty@research'?: number;
  /** 不予公开: 保护第三方合法权益 — applicant column social */
  'dispositions.denied.thirdParty@social'?: number;
  /** 不予公开: 保护第三方合法权益 — applicant column legal */
  'dispositions.denied.thirdParty@legal'?: number;
  /** 不予公开: 保护第三方合法权益 — applicant column otherOrg */
  'dispositions.denied.thirdParty@otherOrg'?: number;
  /** 不予公开: 属于三类内部事务信息 — applicant column naturalPerson */
  'dispositions.denied.internalAffairs@naturalPerson'?: number;
  /** 不予公开: 属于三类内部事务信息 — applicant column commercial */
  'dispositions.denied.internalAffairs@commercial'?: number;
  /** 不予公开: 属于三类内部事务信息 — applicant column research */
  'dispositions.denied.internalAffairs@research'?: number;
  /** 不予公开: 属于三类内部事务信息 — applicant column social */
  'dispositions.denied.internalAffairs@social'?: number;
  /** 不予公开: 属于三类内部事务信息 — applicant column legal */
  'dispositions.denied.internalAffairs@legal'?: number;
  /** 不予公开: 属于三类内部事务信息 — applicant column otherOrg */
  'dispositions.denied.internalAffairs@otherOrg'?: number;
  /** 不予公开: 属于四类过程性信息 — applicant column naturalPerson */
  'dispositions.denied.processInfo@naturalPerson'?: number;
  /** 不予公开: 属于四类过程性信息 — applicant column commercial */
  'dispositions.denied.processInfo@commercial'?: number;
  /** 不予公开: 属于四类过程性信息 — applicant column research */
  'dispositions.denied.processInfo@research'?: number;
  /** 不予公开: 属于四类过程性信息 — applicant column social */
  'dispositions.denied.processInfo@social'?: number;
  /** 不予公开: 属于四类过程性信息 — applicant column legal */
  'dispositions.denied.processInfo@legal'?: number;
  /** 不予公开: 属于四类过程性信息 — applicant column otherOrg */
  'dispositions.denied.processInfo@otherOrg'?: number;
  /** 不予公开: 属于行政执法案卷 — applicant column naturalPerson */
  'dispositions.denied.enforcementFiles@naturalPerson'?: number;
  /** 不予公开: 属于行政执法案卷 — applicant column commercial */
  'dispositions.denied.enforcementFiles@commercial'?: number;
  /** 不予公开: 属于行政执法案卷 — applicant column research */
  'dispositions.denied.enforcementFiles@research'?: number;
  /** 不予公开: 属于行政执法案卷 — applicant column social */
  'dispositions.denied.enforcementFiles@social'?: number;
  /** 不予公开: 属于行政执法案卷 — applicant column legal */
  'dispositions.denied.enforcementFiles@legal'?: number;
  /** 不予公开: 属于行政执法案卷 — applicant column otherOrg */
  'dispositions.denied.enforcementFiles@otherOrg'?: number;
  /** 不予公开: 属于行政查询事项 — applicant column naturalPerson */
  'dispositions.denied.queryMatters@naturalPerson'?: number;
  /** 不予公开: 属于行政查询事项 — applicant column commercial */
  'dispositions.denied.queryMatters@commercial'?: number;
  /** 不予公开: 属于行政查询事项 — applicant column research */
  'dispositions.denied.queryMatters@research'?: number;
  /** 不予公开: 属于行政查询事项 — applicant column social */
  'dispositions.denied.queryMatters@social'?: number;
  /** 不予公开: 属于行政查询事项 — applicant column legal */
  'dispositions.denied.queryMatters@legal'?: number;
  /** 不予公开: 属于行政查询事项 — applicant column otherOrg */
  'dispositions.denied.queryMatters@otherOrg'?: number;
  /** 无法提供: 本机关不掌握相关政府信息 — applicant column naturalPerson */
  'dispositions.unableToProvide.notHeld@naturalPerson'?: number;
  /** 无法提供: 本机关不掌握相关政府信息 — applicant column commercial */
  'dispositions.unableToProvide.notHeld@commercial'?: number;
  /** 无法提供: 本机关不掌握相关政府信息 — applicant column research */
  'dispositions.unableToProvide.notHeld@research'?: number;
  /** 无法提供: 本机关不掌握相关政府信息 — applicant column social */
  'dispositions.unableToProvide.notHeld@social'?: number;
  /** 无法提供: 本机关不掌握相关政府信息 — applicant column legal */
  'dispositions.unableToProvide.notHeld@legal'?: number;
  /** 无法提供: 本机关不掌握相关政府信息 — applicant column otherOrg */
  'dispositions.unableToProvide.notHeld@otherOrg'?: number;
  /** 无法提供: 没有现成信息需要另行制作 — applicant column naturalPerson */
  'dispositions.unableToProvide.needsCreation@naturalPerson'?: number;
  /** 无法提供: 没有现成信息需要另行制作 — applicant column commercial */
  'dispositions.unableToProvide.needsCreation@commercial'?: number;
  /** 无法提供: 没有现成信息需要另行制作 — applicant column research */
  'dispositions.unableToProvide.needsCreation@research'?: number;
  /** 无法提供: 没有现成信息需要另行制作 — applicant column social */
  'dispositions.unableToProvide.needsCreation@social'?: number;
  /** 无法提供: 没有现成信息需要另行制作 — applicant column legal */
  'dispositions.unableToProvide.needsCreation@legal'?: number;
  /** 无法提供: 没有现成信息需要另行制作 — applicant column otherOrg */
  'dispositions.unableToProvide.needsCreation@otherOrg'?: number;
  /** 无法提供: 补正后申请内容仍不明确 — applicant column naturalPerson */
  'dispositions.unableToProvide.unclear@naturalPerson'?: number;
  /** 无法提供: 补正后申请内容仍不明确 — applicant column commercial */
  'dispositions.unableToProvide.unclear@commercial'?: number;
  /** 无法提供: 补正后申请内容仍不明确 — applicant column research */
  'dispositions.unableToProvide.unclear@research'?: number;
  /** 无法提供: 补正后申请内容仍不明确 — applicant column social */
  'dispositions.unableToProvide.unclear@social'?: number;
  /** 无法提供: 补正后申请内容仍不明确 — applicant column legal */
  'dispositions.unableToProvide.unclear@legal'?: number;
  /** 无法提供: 补正后申请内容仍不明确 — applicant column otherOrg */
  'dispositions.unableToProvide.unclear@otherOrg'?: number;
  /** 不予处理: 信访举报投诉类申请 — applicant column naturalPerson */
  'dispositions.notProcessed.complaint@naturalPerson'?: number;
  /** 不予处理: 信访举报投诉类申请 — applicant column commercial */
  'dispositions.notProcessed.complaint@commercial'?: number;
  /** 不予处理: 信访举报投诉类申请 — applicant column research */
  'dispositions.notProcessed.complaint@research'?: number;
  /** 不予处理: 信访举报投诉类申请 — applicant column social */
  'dispositions.notProcessed.complaint@social'?: number;
  /** 不予处理: 信访举报投诉类申请 — applicant column legal */
  'dispositions.notProcessed.complaint@legal'?: number;
  /** 不予处理: 信访举报投诉类申请 — applicant column otherOrg */
  'dispositions.notProcessed.complaint@otherOrg'?: number;
  /** 不予处理: 重复申请 — applicant column naturalPerson */
  'dispositions.notProcessed.repeated@naturalPerson'?: number;
  /** 不予处理: 重复申请 — applicant column commercial */
  'dispositions.notProcessed.repeated@commercial'?: number;
  /** 不予处理: 重复申请 — applicant column research */
  'dispositions.notProcessed.repeated@research'?: number;
  /** 不予处理: 重复申请 — applicant column social */
  'dispositions.notProcessed.repeated@social'?: number;
  /** 不予处理: 重复申请 — applicant column legal */
  'dispositions.notProcessed.repeated@legal'?: number;
  /** 不予处理: 重复申请 — applicant column otherOrg */
  'dispositions.notProcessed.repeated@otherOrg'?: number;
  /** 不予处理: 要求提供公开出版物 — applicant column naturalPerson */
  'dispositions.notProcessed.publication@naturalPerson'?: number;
  /** 不予处理: 要求提供公开出版物 — applicant column commercial */
  'dispositions.notProcessed.publication@commercial'?: number;
  /** 不予处理: 要求提供公开出版物 — applicant column research */
  'dispositions.notProcessed.publication@research'?: number;
  /** 不予处理: 要求提供公开出版物 — applicant column social */
  'dispositions.notProcessed.publication@social'?: number;
  /** 不予处理: 要求提供公开出版物 — applicant column legal */
  'dispositions.notProcessed.publication@legal'?: number;
  /** 不予处理: 要求提供公开出版物 — applicant column otherOrg */
  'dispositions.notProcessed.publication@otherOrg'?: number;
  /** 不予处理: 无正当理由大量反复申请 — applicant column naturalPerson */
  'dispositions.notProcessed.massive@naturalPerson'?: number;
  /** 不予处理: 无正当理由大量反复申请 — applicant column commercial */
  'dispositions.notProcessed.massive@commercial'?: number;
  /** 不予处理: 无正当理由大量反复申请 — applicant column research */
  'dispositions.notProcessed.massive@research'?: number;
  /** 不予处理: 无正当理由大量反复申请 — applicant column social */
  'dispositions.notProcessed.massive@social'?: number;
  /** 不予处理: 无正当理由大量反复申请 — applicant column legal */
  'dispositions.notProcessed.massive@legal'?: number;
  /** 不予处理: 无正当理由大量反复申请 — applicant column otherOrg */
  'dispositions.notProcessed.massive@otherOrg'?: number;
  /** 不予处理: 要求行政机关确认或重新出具已获取信息 — applicant column naturalPerson */
  'dispositions.notProcessed.confirmation@naturalPerson'?: number;
  /** 不予处理: 要求行政机关确认或重新出具已获取信息 — applicant column commercial */
  'dispositions.notProcessed.confirmation@commercial'?: number;
  /** 不予处理: 要求行政机关确认或重新出具已获取信息 — applicant column research */
  'dispositions.notProcessed.confirmation@research'?: number;
  /** 不予处理: 要求行政机关确认或重新出具已获取信息 — applicant column social */
  'dispositions.notProcessed.confirmation@social'?: number;
  /** 不予处理: 要求行政机关确认或重新出具已获取信息 — applicant column legal */
  'dispositions.notProcessed.confirmation@legal'?: number;
  /** 不予处理: 要求行政机关确认或重新出具已获取信息 — applicant column otherOrg */
  'dispositions.notProcessed.confirmation@otherOrg'?: number;
  /** （六）其他处理 (a row in 2019, a group total in 2021) — applicant column naturalPerson */
  'dispositions.other@naturalPerson'?: number;
  /** （六）其他处理 (a row in 2019, a group total in 2021) — applicant column commercial */
  'dispositions.other@commercial'?: number;
  /** （六）其他处理 (a row in 2019, a group total in 2021) — applicant column research */
  'dispositions.other@research'?: number;
  /** （六）其他处理 (a row in 2019, a group total in 2021) — applicant column social */
  'dispositions.other@social'?: number;
  /** （六）其他处理 (a row in 2019, a group total in 2021) — applicant column legal */
  'dispositions.other@legal'?: number;
  /** （六）其他处理 (a row in 2019, a group total in 2021) — applicant column otherOrg */
  'dispositions.other@otherOrg'?: number;
  /** 其他处理 (2021): 逾期不补正 — applicant column naturalPerson */
  'dispositions.other.noCorrection@naturalPerson'?: number;
  /** 其他处理 (2021): 逾期不补正 — applicant column commercial */
  'dispositions.other.noCorrection@commercial'?: number;
  /** 其他处理 (2021): 逾期不补正 — applicant column research */
  'dispositions.other.noCorrection@research'?: number;
  /** 其他处理 (2021): 逾期不补正 — applicant column social */
  'dispositions.other.noCorrection@social'?: number;
  /** 其他处理 (2021): 逾期不补正 — applicant column legal */
  'dispositions.other.noCorrection@legal'?: number;
  /** 其他处理 (2021): 逾期不补正 — applicant column otherOrg */
  'dispositions.other.noCorrection@otherOrg'?: number;
  /** 其他处理 (2021): 逾期未缴纳费用 — applicant column naturalPerson */
  'dispositions.other.unpaidFee@naturalPerson'?: number;
  /** 其他处理 (2021): 逾期未缴纳费用 — applicant column commercial */
  'dispositions.other.unpaidFee@commercial'?: number;
  /** 其他处理 (2021): 逾期未缴纳费用 — applicant column research */
  'dispositions.other.unpaidFee@research'?: number;
  /** 其他处理 (2021): 逾期未缴纳费用 — applicant column social */
  'dispositions.other.unpaidFee@social'?: number;
  /** 其他处理 (2021): 逾期未缴纳费用 — applicant column legal */
  'dispositions.other.unpaidFee@legal'?: number;
  /** 其他处理 (2021): 逾期未缴纳费用 — applicant column otherOrg */
  'dispositions.other.unpaidFee@otherOrg'?: number;
  /** 其他处理 (2021): 其他 — applicant column naturalPerson */
  'dispositions.other.otherReason@naturalPerson'?: number;
  /** 其他处理 (2021): 其他 — applicant column commercial */
  'dispositions.other.otherReason@commercial'?: number;
  /** 其他处理 (2021): 其他 — applicant column research */
  'dispositions.other.otherReason@research'?: number;
  /** 其他处理 (2021): 其他 — applicant column social */
  'dispositions.other.otherReason@social'?: number;
  /** 其他处理 (2021): 其他 — applicant column legal */
  'dispositions.other.otherReason@legal'?: number;
  /** 其他处理 (2021): 其他 — applicant column otherOrg */
  'dispositions.other.otherReason@otherOrg'?: number;
  /** （七）总计 — applicant column naturalPerson */
  'dispositions.total@naturalPerson'?: number;
  /** （七）总计 — applicant column commercial */
  'dispositions.total@commercial'?: number;
  /** （七）总计 — applicant column research */
  'dispositions.total@research'?: number;
  /** （七）总计 — applicant column social */
  'dispositions.total@social'?: number;
  /** （七）总计 — applicant column legal */
  'dispositions.total@legal'?: number;
  /** （七）总计 — applicant column otherOrg */
  'dispositions.total@otherOrg'?: number;
  /** 结转下年度继续办理 — applicant column naturalPerson */
  'requests.carriedForward@naturalPerson'?: number;
  /** 结转下年度继续办理 — applicant column commercial */
  'requests.carriedForward@commercial'?: number;
  /** 结转下年度继续办理 — applicant column research */
  'requests.carriedForward@research'?: number;
  /** 结转下年度继续办理 — applicant column social */
  'requests.carriedForward@social'?: number;
  /** 结转下年度继续办理 — applicant column legal */
  'requests.carriedForward@legal'?: number;
  /** 结转下年度继续办理 — applicant column otherOrg */
  'requests.carriedForward@otherOrg'?: number;
};
