import type { InsightReport } from '../../main/core/insights.ts';
import { formatNumber, formatVolume, type VolumeUnit } from '../format.ts';
import { t } from '../i18n.ts';

type ReportedInsight = InsightReport['insights'][number];

/** "1.2 L", "2.65 L" for people who use millilitres (litres read better for a day's water), "40.6 fl oz" otherwise. */
export function formatDayVolume(ml: number, unit: VolumeUnit): string {
  if (unit !== 'ml') return formatVolume(ml, unit);
  return t('unit.litres', { amount: formatNumber(ml / 1000, { minimumFractionDigits: 1, maximumFractionDigits: 2 }) });
}

/**
 * One insight as a sentence a person can weigh: the count and what it is out of, what the other
 * days looked like where that matters, and "too few to be sure" below the report's confidence
 * line. Patterns, never causes: no sentence says a thing caused a cramp.
 */
export function insightSentence(insight: ReportedInsight, unit: VolumeUnit): string {
  const counts = { matching: insight.matching, total: insight.total };
  let sentence: string;
  switch (insight.kind) {
    case 'lowWater':
      sentence = t('insight.lowWater', { ...counts, threshold: formatDayVolume(insight.thresholdMl, unit) });
      if (insight.otherDaysMedianMl > 0) sentence += t('insight.lowWater.otherDays', { median: formatDayVolume(insight.otherDaysMedianMl, unit) });
      break;
    case 'noWarmup':
      sentence = t('insight.noWarmup', counts);
      break;
    case 'mealBeforeWorkout':
      sentence = t('insight.mealBeforeWorkout', { ...counts, minutes: insight.withinMinutes });
      break;
    case 'longSitting':
      sentence = t('insight.longSitting', { ...counts, minutes: insight.thresholdMinutes });
      break;
    case 'hardOrHot':
      sentence = t('insight.hardOrHot', { ...counts, share: formatNumber(insight.shareOfWorkouts, { style: 'percent' }) });
      break;
    default: {
      const unknown: never = insight;
      return String(unknown);
    }
  }
  return sentence + (insight.confident ? '.' : t('insight.unsure'));
}

/** What is still needed before patterns can show: "Log 2 more cramps and use Limber for 3 more days to see patterns." */
export function insightNeeds(needs: InsightReport['needs']): string {
  const cramps = t('insights.needs.cramps', { count: needs.cramps });
  if (needs.cramps > 0 && needs.days > 0) {
    return t('insights.needs.both', { cramps, days: t('insights.needs.days', { count: needs.days }) });
  }
  if (needs.cramps > 0) return t('insights.needs.only', { what: cramps });
  return t('insights.needs.only', { what: t('insights.needs.daysFirst', { count: needs.days }) });
}

/** What there is so far: "So far: 1 cramp over 4 days." */
export function insightProgress(report: InsightReport): string {
  const cramps = t('insights.count.cramps', { count: report.crampCount });
  const days = t('insights.count.days', { count: report.daysRecorded });
  return t('insights.sofar', { cramps, days });
}
