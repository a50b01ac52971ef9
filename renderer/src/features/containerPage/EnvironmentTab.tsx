/**
 * Environment variables and labels. Values of keys that look secret (PASSWORD, TOKEN, SECRET, KEY…)
 * are masked until the person presses their Show button; everything is text, never HTML.
 */
import { useState } from 'react';
import type { ContainerDetail, EnvVariable } from '../../../../electron/shared/dto';
import { CopyButton } from '../../components/CopyButton';
import { plural } from '../../lib/format';
import { None, Section, TABLE, TD, TH } from './facts';
import { envText, isMasked, shownValue, toggleRevealed } from './secrets';

export function EnvironmentTab({ container }: { container: ContainerDetail }) {
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(() => new Set());
  const secrets = container.env.filter((variable) => variable.secret).length;
  const labels = Object.entries(container.labels).sort(([a], [b]) => a.localeCompare(b));
  return (
    <div className="flex max-w-[1120px] flex-col gap-7 px-6 py-5">
      <Section
        title="Environment"
        aside={
          <>
            {plural(container.env.length, 'variable')}
            {secrets > 0 && ` · ${plural(secrets, 'secret')} hidden until shown`}
          </>
        }
        actions={
          container.env.length > 0 && (
            <span className="flex items-center gap-1.5 text-[12.5px] text-text-muted">
              Copy as KEY=value
              <CopyButton value={envText(container.env, revealed)} label="Copy environment" reveal="always" />
            </span>
          )
        }
      >
        {container.env.length === 0 ? (
          <p className="text-text-muted">The container has no environment variables.</p>
        ) : (
          <div className="overflow-hidden rounded-lg border border-border">
            <table aria-label="Environment variables" className={`${TABLE} -mb-px`}>
              <thead>
                <tr>
                  <th scope="col" className={`${TH} w-[1%] whitespace-nowrap`}>
                    Name
                  </th>
                  <th scope="col" className={TH}>
                    Value
                  </th>
                </tr>
              </thead>
              <tbody>
                {container.env.map((variable) => (
                  <EnvRow
                    key={variable.key}
                    variable={variable}
                    revealed={revealed}
                    onToggle={() => setRevealed((current) => toggleRevealed(current, variable.key))}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>

      <Section title="Labels" aside={plural(labels.length, 'label')}>
        {labels.length === 0 ? (
          <None>The container has no labels.</None>
        ) : (
          <div className="overflow-hidden rounded-lg border border-border">
            <table aria-label="Labels" className={`${TABLE} -mb-px`}>
              <thead>
                <tr>
                  <th scope="col" className={`${TH} w-[1%] whitespace-nowrap`}>
                    Name
                  </th>
                  <th scope="col" className={TH}>
                    Value
                  </th>
                </tr>
              </thead>
              <tbody>
                {labels.map(([name, value]) => (
                  <tr key={name}>
                    <th
                      scope="row"
                      className={`${TD} font-mono text-[12.5px] font-normal whitespace-nowrap text-text-muted`}
                    >
                      {name}
                    </th>
                    <td className={`${TD} font-mono text-[12.5px] break-all`}>{value || <None>(empty)</None>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>
    </div>
  );
}

function EnvRow({
  variable,
  revealed,
  onToggle,
}: {
  variable: EnvVariable;
  revealed: ReadonlySet<string>;
  onToggle: () => void;
}) {
  const masked = isMasked(variable, revealed);
  return (
    <tr className="group/row">
      <th scope="row" className={`${TD} font-mono text-[12.5px] font-normal whitespace-nowrap text-text-muted`}>
        {variable.key}
      </th>
      <td className={TD}>
        <span className="flex min-w-0 items-start gap-2">
          <span
            className={`min-w-0 font-mono text-[12.5px] break-all ${masked ? 'tracking-widest text-text-muted select-none' : ''}`}
            aria-label={masked ? `${variable.key} value hidden` : undefined}
          >
            {shownValue(variable, revealed) || <None>(empty)</None>}
          </span>
          {variable.secret && (
            <button
              type="button"
              onClick={onToggle}
              aria-label={`${masked ? 'Show' : 'Hide'} ${variable.key}`}
              className="shrink-0 rounded px-1.5 text-[12px] font-medium text-accent-text hover:bg-hover hover:underline"
            >
              {masked ? 'Show' : 'Hide'}
            </button>
          )}
          {!masked && <CopyButton value={variable.value} label={`Copy ${variable.key}`} />}
        </span>
      </td>
    </tr>
  );
}
