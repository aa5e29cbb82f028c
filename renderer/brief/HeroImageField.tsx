import { useEffect, useRef, useState } from 'react';
import type { ImageAsset } from '../../shared/api/contract';
import type { HeroImage } from '../../shared/model/brief';
import { assetUrl } from '../api/asset-url';
import { errorMessage } from '../format/error-message';
import { ImageFileInput } from '../files/ImageFileInput';
import { Field, type FieldHint } from '../ui/Field';
import { HERO_TEXT_MAX } from '../../shared/model/field-limits';
import { TextField } from '../ui/TextField';
import { useTextLimit } from '../ui/use-text-limit';

export interface HeroImageFieldProps {
  hero: HeroImage | null;
  onChange: (hero: HeroImage | null) => void;
  /** Checks, reads and stores a picked file. */
  uploadImage: (file: File) => Promise<ImageAsset>;
}

/** The note under the alt text: required, or what it is for. */
function altHint(alt: string): FieldHint {
  const missing = alt.trim() === '';
  return {
    element: 'span',
    warning: missing,
    text: missing ? 'Alt text is required before publishing.' : 'Read aloud in place of the image.',
  };
}

/** The hero image: pick, preview, remove, and its alt text, caption and credit. */
export function HeroImageField({ hero, onChange, uploadImage }: HeroImageFieldProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [chosen, setChosen] = useState(0);
  const altLimit = useTextLimit({
    id: 'hero-alt',
    name: 'alt text',
    value: hero?.alt ?? '',
    limit: HERO_TEXT_MAX.alt,
    quietHint: altHint(hero?.alt ?? ''),
  });
  const altRef = useRef<HTMLTextAreaElement>(null);
  const chooseRef = useRef<HTMLButtonElement>(null);
  const imageRef = useRef<HTMLImageElement>(null);
  const src = hero ? assetUrl(hero.asset) : null;

  // A hero just chosen needs its alt text: the field takes the focus, scrolled into view (below the image) —
  // and again once the image has loaded, since its height pushes the field down.
  useEffect(() => {
    if (chosen === 0) return;
    const alt = altRef.current;
    if (!alt) return;
    alt.focus({ preventScroll: true });
    alt.scrollIntoView({ block: 'center' });
    const image = imageRef.current;
    if (!image || image.complete) return;
    const rescroll = (): void => {
      if (document.activeElement === alt) alt.scrollIntoView({ block: 'center' });
    };
    image.addEventListener('load', rescroll, { once: true });
    return () => image.removeEventListener('load', rescroll);
  }, [chosen]);

  async function onFile(file: File): Promise<void> {
    setError(null);
    setUploading(true);
    try {
      const asset = await uploadImage(file);
      onChange({ asset: asset.id, alt: hero?.alt ?? '', caption: hero?.caption ?? '', credit: hero?.credit ?? '' });
      setChosen((n) => n + 1);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setUploading(false);
    }
  }

  return (
    <section className="hero" aria-label="Hero image" aria-busy={uploading}>
      <div className="hero-frame">
        {src ? (
          <img ref={imageRef} className="hero-preview" src={src} alt={hero?.alt ?? ''} />
        ) : (
          <div className="hero-placeholder" aria-hidden="true">
            <svg viewBox="0 0 24 24" width="28" height="28" className="icon">
              <rect x="3" y="5" width="18" height="14" rx="2" fill="none" stroke="currentColor" strokeWidth="1.4" />
              <path d="m3 16 5-5 4 4 3-3 6 6" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" />
              <circle cx="16" cy="9.5" r="1.5" fill="currentColor" />
            </svg>
            <span>No hero image</span>
          </div>
        )}
        <div className="hero-actions">
          <button
            ref={chooseRef}
            type="button"
            className="button button-small"
            onClick={() => fileInput.current?.click()}
            disabled={uploading}
          >
            Choose hero image
          </button>
          {hero && (
            <button
              type="button"
              className="button button-small button-quiet"
              onClick={() => {
                onChange(null);
                // The button goes with the image: focus stays at hand on "Choose hero image".
                chooseRef.current?.focus();
              }}
            >
              Remove hero image
            </button>
          )}
          {uploading && <span className="hero-progress">Adding image…</span>}
        </div>
        <ImageFileInput inputRef={fileInput} label="Hero image file" ariaHidden onFile={(file) => void onFile(file)} />
      </div>

      {error && (
        <p className="inline-error-text hero-error" role="alert">
          {error}
        </p>
      )}

      {hero && (
        <div className="hero-fields">
          <Field id="hero-alt" label="Hero image alt text" hint={altLimit.hint} after={altLimit.after}>
            {(control) => (
              <textarea
                dir="auto"
                {...control}
                {...altLimit.control}
                ref={altRef}
                className="text-input text-area-small"
                rows={2}
                value={hero.alt}
                placeholder="Describe what the image shows, for readers who cannot see it"
                aria-invalid={hero.alt.trim() === ''}
                onChange={(event) => onChange({ ...hero, alt: event.target.value })}
              />
            )}
          </Field>
          <div className="hero-fields-row">
            <TextField
              dir="auto"
              id="hero-caption"
              label="Hero image caption"
              value={hero.caption}
              maxLength={HERO_TEXT_MAX.caption}
              onValue={(caption) => onChange({ ...hero, caption })}
            />
            <TextField
              dir="auto"
              id="hero-credit"
              label="Hero image credit"
              value={hero.credit}
              maxLength={HERO_TEXT_MAX.credit}
              placeholder="Photographer / agency"
              onValue={(credit) => onChange({ ...hero, credit })}
            />
          </div>
        </div>
      )}
    </section>
  );
}
