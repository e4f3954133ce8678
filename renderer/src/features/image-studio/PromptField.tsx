import { useTranslation } from 'react-i18next';
import { Select } from '../../components/Select';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { fillTemplate, templateVariables } from '../../../../shared/studio-templates';
import { useStudioForm } from '../../stores/image-studio/form';
import { useStudioLibrary } from '../../stores/image-studio/library';

/** A free prompt, or a template's variables filled through a small form (with the prompt it makes). */
export function PromptField() {
  const { t } = useTranslation('studio');
  const templates = useStudioLibrary((s) => s.templates);
  const prompt = useStudioForm((s) => s.prompt);
  const template = useStudioForm((s) => s.template);
  const setPrompt = useStudioForm((s) => s.setPrompt);
  const setTemplate = useStudioForm((s) => s.setTemplate);
  const setValue = useStudioForm((s) => s.setTemplateValue);
  const groups = [...new Set(templates.map((x) => x.group))];
  const pick = (value: string) => {
    if (!value) return setTemplate(null);
    const [id, v] = value.split('@');
    const tpl = templates.find((x) => x.id === id);
    const version = tpl?.versions.find((x) => x.version === Number(v)) ?? tpl?.versions.at(-1);
    if (tpl && version) setTemplate({ id: tpl.id, version: version.version, body: version.body, values: { ...version.defaults } });
  };
  const filled = template ? fillTemplate(template.body, template.values) : null;
  return (
    <div className="st-prompt">
      {templates.length > 0 && (
        <Select label={t('form.template')} value={template ? `${template.id}@${template.version}` : ''} onChange={pick}>
          <option value="">{t('form.noTemplate')}</option>
          {groups.map((g) => (
            <optgroup key={g} label={g || t('templates.ungrouped')}>
              {templates
                .filter((x) => x.group === g)
                .flatMap((x) =>
                  x.versions
                    .slice()
                    .reverse()
                    .map((v, i) => (
                      <option key={`${x.id}@${v.version}`} value={`${x.id}@${v.version}`}>
                        {i === 0 ? t('templates.latest', { name: x.name, version: v.version }) : t('templates.older', { name: x.name, version: v.version })}
                      </option>
                    )),
                )}
            </optgroup>
          ))}
        </Select>
      )}
      {template ? (
        <>
          <div className="st-vars">
            {templateVariables(template.body).map((name) => (
              <TextField key={name} label={`{${name}}`} value={template.values[name] ?? ''} onChange={(v) => setValue(name, v)} />
            ))}
          </div>
          <p className="st-prompt__preview" data-testid="template-prompt">
            {filled?.prompt}
          </p>
          {filled && filled.missing.length > 0 && <p className="st-hint st-hint--warn">{t('form.missingValues', { names: filled.missing.join(', ') })}</p>}
        </>
      ) : (
        <TextArea label={t('form.prompt')} value={prompt} onChange={setPrompt} rows={5} placeholder={t('form.promptPlaceholder')} />
      )}
    </div>
  );
}
