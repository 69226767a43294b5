import { readTargetWords } from '../../src/import/target-text';

describe('targets in words that hold a level', () => {
  it("'Duy trì trên 7,35' is a floor of 7.35, not last year's result", () => {
    expect(readTargetWords('Duy trì trên 7,35')).toEqual({ kind: 'floor', value: 7.35, decimals: 2 });
  });
  it("'Duy trì nhóm cao nhất' keeps a rank: no score", () => {
    expect(readTargetWords('Duy trì nhóm cao nhất')).toEqual({ kind: 'rank' });
  });
  it("'Giữ vững' alone is last year's result", () => {
    expect(readTargetWords('Giữ vững')).toEqual({ kind: 'hold' });
  });
});
