import { describe, expect, it } from 'vitest';
import { coordinatesRecogniser } from './coordinates.js';

function coordinates(text: string) {
  const mentions = coordinatesRecogniser.recognise(text, { languages: [] });
  for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
  return mentions.map((m) => [m.start, m.end, m.surface, m.value]);
}

describe('coordinates recogniser', () => {
  it('reads decimal degrees with a cue, a hemisphere or a degree sign', () => {
    expect(coordinates('الموقع: 33.3152, 44.3661')).toEqual([[8, 24, '33.3152, 44.3661', '33.31520,44.36610']]);
    expect(coordinates('N 33.3152 E 44.3661')).toEqual([[0, 19, 'N 33.3152 E 44.3661', '33.31520,44.36610']]);
    expect(coordinates('33.3152° N, 44.3661° W')).toEqual([[0, 22, '33.3152° N, 44.3661° W', '33.31520,-44.36610']]);
    expect(coordinates('GPS -33.8688, 151.2093')).toEqual([[4, 22, '-33.8688, 151.2093', '-33.86880,151.20930']]);
  });

  it('reads Arabic-Indic digits with the Arabic decimal separator and comma', () => {
    expect(coordinates('إحداثيات: ٣٣٫٣١٥٢، ٤٤٫٣٦٦١')).toEqual([[10, 26, '٣٣٫٣١٥٢، ٤٤٫٣٦٦١', '33.31520,44.36610']]);
  });

  it('reads degrees, minutes and seconds with English letters or Arabic words for the hemisphere', () => {
    expect(coordinates('Meeting point 33°18′55″N 44°21′58″E near the bridge')).toEqual([
      [14, 35, '33°18′55″N 44°21′58″E', '33.31528,44.36611'],
    ]);
    expect(coordinates('33°18\'55" شمالاً 44°21\'58" شرقاً')).toEqual([[0, 32, '33°18\'55" شمالاً 44°21\'58" شرقاً', '33.31528,44.36611']]);
    expect(coordinates('33°18′55″S 44°21′58″W')).toEqual([[0, 21, '33°18′55″S 44°21′58″W', '-33.31528,-44.36611']]);
  });

  it('leaves tables, lists, ratios and out-of-range pairs alone', () => {
    expect(coordinates('Totals 12.500, 13.750')).toEqual([]);
    expect(coordinates('0.1234, 0.5678, 0.9012')).toEqual([]);
    expect(coordinates('The ratio 33.3152 44.3661 was measured')).toEqual([]);
    expect(coordinates('location 95.1234, 44.1234')).toEqual([]);
    expect(coordinates('33°75′10″N 44°21′58″E')).toEqual([]);
  });
});
