import '../families/families.css';
import './trainings.css';
import { useState, type FormEvent } from 'react';
import { ErrorSummary, Field, Notice } from '../../components/Form';
import { LoadState } from '../../components/Lists';
import { Page } from '../../components/Page';
import { formProblems, type FormProblems } from '../../components/problems';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n/i18n';
import { Link, navigate, useLocation } from '../../router';
import { SelectField } from '../families/parts';
import { useSlug } from '../workshop/programme';
import { trainingsApi } from './api';
import { formatDay, isoWeekday, languageName, themeTitle, todayIn, weekdayName } from './format';
import { useTrainingProgramme, useVenueScope } from './parts';
import type { SeriesResult, TrainingProgramme } from './types';

const none: FormProblems = { summary: [], fields: {} };
const FIELDS = [
  'venueId',
  'themeId',
  'roomId',
  'date',
  'weekday',
  'firstDate',
  'lastDate',
  'startTime',
  'trainerName',
  'seats',
  'language',
] as const;

/** /ateliers/nouveau — publish one session, or a weekly series (?serie=1). */
export function NewSessionPage() {
  const { t } = useI18n();
  const programme = useTrainingProgramme();
  return (
    <Page title={t('trainings.new.title')} intro={t('trainings.new.intro')}>
      <LoadState result={programme} isEmpty={() => false} empty="">
        {(p) => <SessionForm programme={p} />}
      </LoadState>
    </Page>
  );
}

function SessionForm({ programme }: { programme: TrainingProgramme }) {
  const { t, lang } = useI18n();
  const slug = useSlug();
  const { query } = useLocation();
  const scope = useVenueScope();
  const [series, setSeries] = useState(query.get('serie') === '1');
  const venues = useLoad(`venues|${slug}|${scope.all}`, () =>
    scope.all ? trainingsApi.venues(slug) : Promise.resolve({ items: [] }),
  );
  const [venueId, setVenueId] = useState(scope.all ? '' : (scope.venue?.id ?? ''));
  const venue = useLoad(`venue|${slug}|${venueId}`, () =>
    venueId ? trainingsApi.venue(slug, venueId) : Promise.resolve(null),
  );
  const themes = useLoad(`themes|${slug}`, () => trainingsApi.themes(slug));
  const [themeId, setThemeId] = useState('');
  const [roomId, setRoomId] = useState('');
  const [seats, setSeats] = useState('');
  const [seatsTouched, setSeatsTouched] = useState(false);
  const [language, setLanguage] = useState('');
  const [firstDate, setFirstDate] = useState('');
  const [weekday, setWeekday] = useState('');
  const [problems, setProblems] = useState<FormProblems>(none);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<SeriesResult | null>(null);

  const themeItems = themes.state === 'done' ? themes.data.items.filter((th) => th.active !== false) : [];
  const rooms = venue.state === 'done' && venue.data ? (venue.data.rooms ?? []).filter((r) => r.active !== false) : [];
  const theme = themeItems.find((th) => th.id === themeId);
  const room = rooms.find((r) => r.id === roomId);
  const languages = theme?.languages.length ? theme.languages : [lang];
  const today = todayIn(programme.timeZone);

  const chooseRoom = (id: string) => {
    setRoomId(id);
    const r = rooms.find((x) => x.id === id);
    if (r && !seatsTouched) setSeats(String(r.capacity));
  };
  const chooseTheme = (id: string) => {
    setThemeId(id);
    const th = themeItems.find((x) => x.id === id);
    if (th && !th.languages.includes(language))
      setLanguage(th.languages.includes(lang) ? lang : (th.languages[0] ?? ''));
  };

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const value = (name: string) => String(data.get(name) ?? '').trim();
    setAttempt((a) => a + 1);
    const fields: Record<string, string> = {};
    const required: [string, string][] = [
      ['venueId', t('trainings.new.venueMissing')],
      ['themeId', t('trainings.new.themeMissing')],
      ['roomId', t('trainings.new.roomMissing')],
      ...((series
        ? [
            ['weekday', t('trainings.new.weekdayMissing')],
            ['firstDate', t('trainings.new.firstDateMissing')],
            ['lastDate', t('trainings.new.lastDateMissing')],
          ]
        : [['date', t('trainings.new.dateMissing')]]) as [string, string][]),
      ['startTime', t('trainings.new.timeMissing')],
      ['seats', t('trainings.new.seatsMissing')],
      ['language', t('trainings.new.languageMissing')],
    ];
    for (const [name, message] of required) if (!value(name)) fields[name] = message;
    const seatCount = Number(value('seats'));
    if (value('seats') && (!Number.isInteger(seatCount) || seatCount < 1))
      fields.seats = t('trainings.new.seatsInvalid');
    if (Object.keys(fields).length) {
      setProblems({ fields, summary: Object.entries(fields).map(([field, message]) => ({ field, message })) });
      return;
    }
    const common = {
      venueId: value('venueId'),
      roomId: value('roomId'),
      themeId: value('themeId'),
      startTime: value('startTime'),
      seats: seatCount,
      language: value('language'),
      ...(value('trainerName') ? { trainerName: value('trainerName') } : {}),
    };
    setBusy(true);
    try {
      if (series) {
        const res = await trainingsApi.createSeries(slug, {
          ...common,
          weekday: Number(value('weekday')),
          firstDate: value('firstDate'),
          lastDate: value('lastDate'),
        });
        setProblems(none);
        setCreated(res);
      } else {
        const session = await trainingsApi.createSession(slug, { ...common, date: value('date') });
        navigate(`/ateliers/${session.id}`);
      }
    } catch (err) {
      setProblems(formProblems(err, t, FIELDS));
    } finally {
      setBusy(false);
    }
  };

  if (!scope.all && !scope.venue) return <p className="empty-state">{t('trainings.noVenue')}</p>;
  if (created) {
    return (
      <>
        <Notice>
          <p>{t('trainings.new.seriesDone', { count: created.sessions.length })}</p>
          {created.skipped.length ? (
            <p>
              {t('trainings.new.seriesSkipped', {
                dates: created.skipped.map((d) => formatDay(`${d.date}T12:00:00Z`, 'UTC', lang)).join(', '),
              })}
            </p>
          ) : null}
        </Notice>
        <div className="link-row">
          <Link className="button button-primary" to="/ateliers">
            {t('trainings.backToSessions')}
          </Link>
          <button type="button" className="button" onClick={() => setCreated(null)}>
            {t('trainings.new.another')}
          </button>
        </div>
      </>
    );
  }
  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      <ErrorSummary items={problems.summary} focusKey={attempt} />
      <fieldset className="choice">
        <legend>{t('trainings.new.kind')}</legend>
        <div className="choice-item">
          <input id="kind-one" type="radio" name="kind" checked={!series} onChange={() => setSeries(false)} />
          <label htmlFor="kind-one">{t('trainings.new.kindOne')}</label>
        </div>
        <div className="choice-item">
          <input id="kind-series" type="radio" name="kind" checked={series} onChange={() => setSeries(true)} />
          <label htmlFor="kind-series">{t('trainings.new.kindSeries')}</label>
        </div>
      </fieldset>

      {scope.all ? (
        <SelectField
          name="venueId"
          label={t('trainings.venue')}
          value={venueId}
          onChange={(v) => {
            setVenueId(v);
            setRoomId('');
          }}
          required
          error={problems.fields.venueId}
        >
          <option value="">{t('trainings.choose')}</option>
          {venues.state === 'done'
            ? venues.data.items.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.name}
                </option>
              ))
            : null}
        </SelectField>
      ) : (
        <>
          <input type="hidden" name="venueId" value={venueId} />
          <p>
            <strong>{t('trainings.venue')} :</strong> {scope.venue?.name}
          </p>
        </>
      )}

      <SelectField
        name="themeId"
        label={t('trainings.theme')}
        value={themeId}
        onChange={chooseTheme}
        required
        error={problems.fields.themeId}
      >
        <option value="">{t('trainings.choose')}</option>
        {themeItems.map((th) => (
          <option key={th.id} value={th.id}>
            {themeTitle(th, lang)}
          </option>
        ))}
      </SelectField>

      <SelectField
        name="roomId"
        label={t('trainings.room')}
        hint={venueId && venue.state === 'done' && !rooms.length ? t('trainings.new.noRoom') : undefined}
        value={roomId}
        onChange={chooseRoom}
        required
        error={problems.fields.roomId}
      >
        <option value="">{t('trainings.choose')}</option>
        {rooms.map((r) => (
          <option key={r.id} value={r.id}>
            {t('trainings.new.roomOption', { name: r.name, capacity: r.capacity })}
          </option>
        ))}
      </SelectField>

      {series ? (
        <>
          <Field
            name="firstDate"
            type="date"
            min={today}
            label={t('trainings.new.firstDate')}
            required
            value={firstDate}
            onChange={(e) => {
              setFirstDate(e.target.value);
              if (e.target.value && !weekday) setWeekday(String(isoWeekday(e.target.value)));
            }}
            error={problems.fields.firstDate}
          />
          <SelectField
            name="weekday"
            label={t('trainings.new.weekday')}
            value={weekday}
            onChange={setWeekday}
            required
            error={problems.fields.weekday}
          >
            <option value="">{t('trainings.choose')}</option>
            {[1, 2, 3, 4, 5, 6, 7].map((d) => (
              <option key={d} value={String(d)}>
                {weekdayName(d, lang)}
              </option>
            ))}
          </SelectField>
          <Field
            name="lastDate"
            type="date"
            min={firstDate || today}
            label={t('trainings.new.lastDate')}
            hint={t('trainings.new.lastDateHint')}
            required
            error={problems.fields.lastDate}
          />
        </>
      ) : (
        <Field name="date" type="date" min={today} label={t('trainings.date')} required error={problems.fields.date} />
      )}
      <Field
        name="startTime"
        type="time"
        label={t('trainings.new.startTime')}
        hint={t('trainings.new.startTimeHint', {
          hours: programme.settings.hoursPerCredit ?? 2,
          zone: programme.timeZone,
        })}
        required
        error={problems.fields.startTime}
      />
      <Field name="trainerName" label={t('trainings.trainer')} autoComplete="off" error={problems.fields.trainerName} />
      <Field
        name="seats"
        type="number"
        inputMode="numeric"
        min={1}
        max={room?.capacity}
        label={t('trainings.seats')}
        hint={room ? t('trainings.new.seatsHint', { capacity: room.capacity }) : undefined}
        required
        value={seats}
        onChange={(e) => {
          setSeats(e.target.value);
          setSeatsTouched(true);
        }}
        error={problems.fields.seats}
      />
      <SelectField
        name="language"
        label={t('trainings.language')}
        hint={theme ? undefined : t('trainings.new.languageHint')}
        value={language}
        onChange={setLanguage}
        required
        error={problems.fields.language}
      >
        <option value="">{t('trainings.choose')}</option>
        {languages.map((l) => (
          <option key={l} value={l}>
            {languageName(l, lang)}
          </option>
        ))}
      </SelectField>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('form.sending') : series ? t('trainings.new.publishSeries') : t('trainings.new.publishOne')}
        </button>
        <Link to="/ateliers">{t('trainings.backToSessions')}</Link>
      </div>
    </form>
  );
}
