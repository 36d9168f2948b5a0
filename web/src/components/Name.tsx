import { hasArabic, romanise } from '../format';

/** A name in its own script; Arabic names get their transliteration beside them. */
export function Name({ value, romanised, className }: { value: string; romanised?: string | null; className?: string }) {
  const arabic = hasArabic(value);
  return (
    <span className={`name ${className ?? ''}`}>
      <bdi dir="auto" className={arabic ? 'ar' : undefined}>
        {value}
      </bdi>
      {arabic && (
        <span className="translit" title="transliteration">
          {romanised && !hasArabic(romanised) ? romanised : romanise(value)}
        </span>
      )}
    </span>
  );
}
