// The Million Follower Fallacy panel: do followers, shares and mentions rank the same people? (Cha et al. 2010)
import { toCsv } from '../../sim/output/csv.js';
import { millionFollowerTable } from '../analysis/millionFollowerTable.js';
import { rankTableChart } from '../charts/rankTableChart.js';
import { ChartCard } from './chartCard.js';
import { panelSection, type Panel, type ViewContext } from './panel.js';

/** The table of Spearman correlations between followers, shares received and mentions received. */
export class FallacyPanel implements Panel {
  readonly id = 'fallacy';
  readonly title = 'Fallacy';
  readonly element: HTMLElement;
  private readonly card: ChartCard;

  constructor(private readonly doc: Document) {
    this.element = panelSection(doc, this.id, 'The Million Follower Fallacy',
      'Cha et al. (2010) found that on Twitter followers, retweets and mentions agree only loosely (ρ ≈ 0.55 over all users) and hardly at all among the top users (≈ 0.11). Top columns use the agents in the top share by either measure of the pair.');
    this.card = new ChartCard(doc, 'fallacy-table');
    this.element.append(this.card.element);
  }

  render({ run, tick }: ViewContext): void {
    const frame = run.frameAt(tick);
    if (!frame) return this.card.message('No agents yet: play or step the run.');
    const table = millionFollowerTable(frame);
    const title = `Rank correlations of influence measures, tick ${frame.tick}`;
    this.card.show({
      title,
      svg: rankTableChart(this.doc, table, { title, footnote: 'Spearman\'s ρ; counts received since the start of the run.' }),
      csv: () => toCsv(['pair', ...table.columns], table.rows.map((r) => [r.label, ...r.values])),
    });
  }

  cards(): ChartCard[] {
    return [this.card];
  }
}
