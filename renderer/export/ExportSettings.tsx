import { CheckOption } from './CheckOption';
import { useColophonSetting } from './use-colophon-setting';

/** Settings → Export: the line under exported pages. Pages published to a site never have it. */
export function ExportSettings() {
  const [colophon, setColophon] = useColophonSetting();
  return (
    <section className="settings-section" aria-labelledby="settings-export-heading">
      <h3 id="settings-export-heading" className="settings-heading">
        Export
      </h3>
      <CheckOption
        label="End exported pages with “Exported from Briefdesk”"
        hint="The line with the date under an HTML page or PDF. Pages published to a site never have it."
        checked={colophon}
        onChange={setColophon}
      />
    </section>
  );
}
