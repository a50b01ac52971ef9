/** Mounts, published and exposed ports, and the networks the container is attached to. */
import type { ContainerDetail } from '../../../../electron/shared/dto';
import { ExternalIcon } from '../../components/Icons';
import { plural } from '../../lib/format';
import { Code, None, Section, TABLE, TD, TH } from './facts';
import { displayablePorts } from '../../lib/ports';

export function MountsTab({ container }: { container: ContainerDetail }) {
  return (
    <div className="flex max-w-[1120px] flex-col gap-7 px-6 py-5">
      <Mounts container={container} />
      <Ports container={container} />
      <Networks container={container} />
    </div>
  );
}

/** Docker names a volume it makes for a container (an image's VOLUME, `-v /path`) by 64 hex digits. */
export function isAnonymous(name: string): boolean {
  return /^[0-9a-f]{64}$/.test(name);
}

function Frame({ children }: { children: React.ReactNode }) {
  return <div className="overflow-x-auto rounded-lg border border-border">{children}</div>;
}

function Mounts({ container }: { container: ContainerDetail }) {
  const { mounts } = container;
  return (
    <Section title="Mounts" aside={plural(mounts.length, 'mount')}>
      {mounts.length === 0 ? (
        <None>Nothing is mounted: the container sees only its own filesystem.</None>
      ) : (
        <Frame>
          <table aria-label="Mounts" className={`${TABLE} -mb-px`}>
            <thead>
              <tr>
                <th scope="col" className={`${TH} w-[80px]`}>
                  Type
                </th>
                <th scope="col" className={TH}>
                  Destination
                </th>
                <th scope="col" className={TH}>
                  Source
                </th>
                <th scope="col" className={`${TH} w-[104px]`}>
                  Access
                </th>
              </tr>
            </thead>
            <tbody>
              {mounts.map((mount) => (
                <tr key={mount.destination}>
                  <td className={TD}>{mount.type}</td>
                  <td className={TD}>
                    <Code>{mount.destination}</Code>
                  </td>
                  <td className={TD}>
                    {mount.type === 'volume' && mount.name && (
                      <span
                        className="mb-0.5 block font-mono text-[12.5px] text-text"
                        title={`${mount.name} — plain text for now: volumes get a page of their own in a later version`}
                      >
                        {isAnonymous(mount.name)
                          ? `anonymous volume ${mount.name.slice(0, 12)}`
                          : `volume ${mount.name}`}
                      </span>
                    )}
                    <span className="text-text-muted">
                      <Code>{mount.source || '—'}</Code>
                    </span>
                  </td>
                  <td className={TD}>
                    {mount.readOnly ? <span className="font-medium text-paused-text">read-only</span> : 'read-write'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Frame>
      )}
    </Section>
  );
}

function Ports({ container }: { container: ContainerDetail }) {
  const ports = displayablePorts(container.ports);
  return (
    <Section title="Ports" aside={plural(ports.length, 'port')}>
      {ports.length === 0 ? (
        <None>No ports are published or exposed.</None>
      ) : (
        <ul aria-label="Ports" className="flex flex-wrap gap-2">
          {ports.map(({ text, url, published }) => {
            return (
              <li
                key={text}
                className="inline-flex items-center gap-1.5 rounded-md border border-border bg-surface-sunken px-2 py-1 font-mono text-[12.5px]"
              >
                {url ? (
                  <a
                    href={url}
                    target="_blank"
                    rel="noopener noreferrer"
                    title={`Open ${url} in your browser`}
                    className="inline-flex items-center gap-1 text-accent-text hover:underline"
                  >
                    {text}
                    <ExternalIcon size={12} aria-hidden="true" />
                  </a>
                ) : (
                  <span className="text-text">{text}</span>
                )}
                {!published && <span className="font-sans text-[11.5px] text-text-muted">exposed only</span>}
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}

function Networks({ container }: { container: ContainerDetail }) {
  const { networks } = container;
  return (
    <Section title="Networks" aside={plural(networks.length, 'network')}>
      {networks.length === 0 ? (
        <None>The container is on no network.</None>
      ) : (
        <Frame>
          <table aria-label="Networks" className={`${TABLE} -mb-px`}>
            <thead>
              <tr>
                <th scope="col" className={TH}>
                  Network
                </th>
                <th scope="col" className={TH}>
                  IP address
                </th>
                <th scope="col" className={TH}>
                  Gateway
                </th>
                <th scope="col" className={TH}>
                  MAC
                </th>
                <th scope="col" className={TH}>
                  Aliases
                </th>
              </tr>
            </thead>
            <tbody>
              {networks.map((network) => (
                <tr key={network.networkId || network.name}>
                  <td className={`${TD} font-medium`}>{network.name}</td>
                  <td className={`${TD} font-mono text-[12.5px]`}>
                    {network.ipPrefix ?? network.ipAddress ?? <None />}
                    {network.ipv6Address && <span className="block text-text-muted">{network.ipv6Address}</span>}
                  </td>
                  <td className={`${TD} font-mono text-[12.5px]`}>{network.gateway ?? <None />}</td>
                  <td className={`${TD} font-mono text-[12.5px]`}>{network.macAddress ?? <None />}</td>
                  <td className={`${TD} font-mono text-[12.5px]`}>
                    {network.aliases.length > 0 ? network.aliases.join(', ') : <None />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Frame>
      )}
    </Section>
  );
}
