// Says who maintains an entry: the Prometheus project, prometheus-community, or a third party.
type Props = {
  official: boolean;
  community: boolean;
};

export default function OriginBadge({ official, community }: Props) {
  if (official) {
    return <span className="rounded-full bg-orange-100 px-2 py-0.5 text-xs font-semibold text-orange-900 dark:bg-orange-950 dark:text-orange-200">Official</span>;
  }
  if (community) {
    return <span className="rounded-full bg-sky-100 px-2 py-0.5 text-xs font-semibold text-sky-900 dark:bg-sky-950 dark:text-sky-200">prometheus-community</span>;
  }
  return null;
}
