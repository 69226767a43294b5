import { runChecks } from '../../src/checks';
import { importPlan } from '../../src/import';
import { stringsFor } from '../../src/strings';

/**
 * Outsider trial, defect 10 (Gia Lai): a numbered row that only introduces its lettered items is their
 * heading, even when a merged lead cell from the row above runs through it.
 */

const CAPTION = '<p>PHỤ LỤC I: NHIỆM VỤ NÂNG CAO CHỈ SỐ PAR INDEX NĂM 2025</p>';
const HEADER = '<tr><td>STT</td><td>Nhiệm vụ</td><td>Cơ quan chủ trì</td><td>Cơ quan phối hợp</td><td>Thời gian hoàn thành</td></tr>';

function tasksOf(rows: string) {
  const r = importPlan({ kind: 'html', html: `<html><body>${CAPTION}<table>${HEADER}${rows}</table></body></html>` });
  if (!r.ok) throw new Error(`not read: ${r.error.code}`);
  return r;
}

describe('a numbered row over lettered items', () => {
  // Sở Tư pháp's cell is merged over 4, 5 and a), as Word writes it.
  const gialai = tasksOf(
    [
      '<tr><td>4.</td><td>Phổ biến pháp luật</td><td rowspan="3">Sở Tư pháp</td><td></td><td>Thường xuyên</td></tr>',
      '<tr><td>5.</td><td>Theo dõi tình hình thi hành pháp luật trong các lĩnh vực trọng tâm:</td><td></td><td></td></tr>',
      '<tr><td>a)</td><td>Lĩnh vực xử lý vi phạm hành chính</td><td>Công an tỉnh</td><td>Tháng 11/2025</td></tr>',
      '<tr><td>b)</td><td>Lĩnh vực đất đai</td><td>Sở Nông nghiệp và Môi trường</td><td>Sở Tài chính</td><td>Tháng 11/2025</td></tr>',
      '<tr><td>6.</td><td>Giải quyết thủ tục hành chính</td><td>Trung tâm Phục vụ hành chính công tỉnh</td><td></td><td>Thường xuyên</td></tr>',
    ].join(''),
  );

  it('is the heading of its items when it has no agency or deadline of its own, even under a merged lead cell', () => {
    expect(gialai.plan.tasks.map((t) => t.number)).toEqual(['4', 'a', 'b', '6']);
    const heading = gialai.plan.groups.find((g) => g.code === '5');
    expect(heading?.title).toBe('Theo dõi tình hình thi hành pháp luật trong các lĩnh vực trọng tâm:');
    const a = gialai.plan.tasks.find((t) => t.number === 'a');
    expect(a?.group).toBe(heading?.id);
    // The merged cell still gives item a) its lead.
    expect(a?.lead).toEqual(['Sở Tư pháp']);
  });

  it('numbers its items under the heading, as a heading over dashes does', () => {
    expect(gialai.plan.tasks.map((t) => t.id)).toEqual(['TASK:PAR.4', 'TASK:PAR.5.1', 'TASK:PAR.5.2', 'TASK:PAR.6']);
  });

  it('is not warned as a task without a deadline', () => {
    expect(runChecks(gialai.plan).filter((f) => f.rule === 'task.deadline-unparsed')).toEqual([]);
  });

  it.each([
    ['a deadline', '<td>Sở Tư pháp</td><td></td><td>Quý IV/2025</td>'],
    ['only an agency', '<td>Sở Tư pháp</td><td></td><td></td>'],
  ])('stays a task when it writes %s of its own', (_, own) => {
    const r = tasksOf(
      `<tr><td>5.</td><td>Theo dõi thi hành pháp luật</td>${own}</tr>` +
        '<tr><td>a)</td><td>Lĩnh vực xử lý vi phạm hành chính</td><td>Công an tỉnh</td><td></td><td>Tháng 11/2025</td></tr>',
    );
    expect(r.plan.tasks.map((t) => t.number)).toEqual(['5', 'a']);
  });
});

describe('a task whose deadline cell is empty', () => {
  const r = tasksOf('<tr><td>1.</td><td>Rà soát thủ tục hành chính</td><td>Sở Nội vụ</td><td></td><td></td></tr>');
  const said = runChecks(r.plan).filter((f) => f.rule === 'task.deadline-unparsed');

  it('is warned that no deadline is written, never quoting an empty “”', () => {
    expect(said).toHaveLength(1);
    const vi = stringsFor('vi').finding(said[0]!);
    const en = stringsFor('en').finding(said[0]!);
    expect(vi).not.toContain('“”');
    expect(vi).toContain('chưa ghi tiến độ');
    expect(en).not.toContain('“”');
    expect(en).toContain('no deadline');
  });
});
