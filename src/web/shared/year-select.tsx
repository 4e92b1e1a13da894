// The year picker of the yearly screens (Pemantauan, Rencana Aksi, Periode): the years of the road
// map's period, as a labelled select.
export function YearSelect({
  id,
  label,
  years,
  value,
  onChange,
  className = 'field',
}: {
  id: string;
  label: string;
  years: readonly number[];
  value: number;
  onChange: (year: string) => void;
  className?: string;
}) {
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
}
