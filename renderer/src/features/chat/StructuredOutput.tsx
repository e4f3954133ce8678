import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { cellText, type StructuredTable } from './structured';

function Cell({ value }: { value: unknown }) {
  const nested = typeof value === 'object' && value !== null;
  return <td className={nested ? 'structured__nested' : undefined}>{nested ? <code>{cellText(value)}</code> : cellText(value)}</td>;
}

function Table({ table }: { table: StructuredTable }) {
  if (table.kind === 'object') {
    return (
      <table>
        <tbody>
          {table.rows.map(([key, value]) => (
            <tr key={key}>
              <th scope="row">{key}</th>
              <Cell value={value} />
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  return (
    <table>
      <thead>
        <tr>
          {table.columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, i) => (
          <tr key={i}>
            {table.columns.map((c) => (
              <Cell key={c} value={row[c]} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}


/** A reply that follows the scene's JSON schema, as a table with a switch to the raw JSON. */
export function StructuredOutput({ value, table }: { value: unknown; table: StructuredTable }) {
  const [view, setView] = useState<'table' | 'raw'>('table');
  const { t } = useTranslation('chat');
  const views = [
    { value: 'table', label: t('structured.table'), icon: 'table' },
    { value: 'raw', label: t('structured.raw'), icon: 'braces' },
  ] as const;
  return (
    <div className="structured" data-testid="structured-output">
      <div className="structured__bar">
        <ChoiceGroup label={t('structured.showAs')} hideLabel options={views} value={view} onChange={setView} />
      </div>
      {view === 'table' ? (
        <div className="md-table structured__table">
          <Table table={table} />
        </div>
      ) : (
        <pre className="structured__raw">
          <code>{JSON.stringify(value, null, 2)}</code>
        </pre>
      )}
    </div>
  );
}
