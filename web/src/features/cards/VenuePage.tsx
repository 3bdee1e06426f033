import '../families/families.css';
import './cards.css';
import { useState } from 'react';
import { LoadState, TableBox } from '../../components/Lists';
import { Page } from '../../components/Page';
import { Icon } from '../../components/Icon';
import { useI18n } from '../../i18n/i18n';
import { Link, useLocation } from '../../router';
import { Outcome } from '../families/parts';
import { pathSegment } from '../families/routes';
import { useLive } from '../families/useLive';
import { useSlug } from '../workshop/programme';
import { cardsApi } from './api';
import { RoomForm } from './RoomForm';
import type { Room, Venue } from './types';
import { VenueForm } from './VenueForm';

type Outcome = { ok: boolean; text: string } | null;

/** /lieux/:id — one venue: its address, access and practical information, and its rooms. */
export function VenuePage() {
  const { t } = useI18n();
  const slug = useSlug();
  const id = pathSegment(useLocation().path, 1);
  const [version, setVersion] = useState(0);
  const venue = useLive(`venue|${slug}|${id}|${version}`, () => cardsApi.venue(slug, id));
  const title = venue.state === 'done' ? venue.data.name : t('venueAdmin.title');
  return (
    <Page title={title} wide>
      <p>
        <Link to="/lieux">{t('venuePage.back')}</Link>
      </p>
      <LoadState result={venue} isEmpty={() => false} empty="">
        {(v) => <VenueBody venue={v} onChanged={() => setVersion((n) => n + 1)} />}
      </LoadState>
    </Page>
  );
}

function VenueBody({ venue, onChanged }: { venue: Venue; onChanged(): void }) {
  const { t } = useI18n();
  const slug = useSlug();
  const [saved, setSaved] = useState<Outcome>(null);
  const [roomOutcome, setRoomOutcome] = useState<Outcome>(null);
  return (
    <>
      <section className="panel" aria-labelledby="venue-edit">
        <h2 id="venue-edit">{t('venuePage.edit')}</h2>
        <Outcome outcome={saved} />
        <VenueForm
          key={venue.updatedAt}
          venue={venue}
          submitLabel={t('cards.common.save')}
          onSubmit={async (body) => {
            await cardsApi.updateVenue(slug, venue.id, body);
            setSaved({ ok: true, text: t('venuePage.saved') });
            onChanged();
          }}
        />
      </section>
      <section className="panel" aria-labelledby="venue-rooms">
        <h2 id="venue-rooms">{t('venuePage.rooms')}</h2>
        <Outcome outcome={roomOutcome} />
        {venue.rooms.length ? (
          <RoomsTable rooms={venue.rooms} />
        ) : (
          <p className="empty-state">{t('venuePage.roomsEmpty')}</p>
        )}
        {venue.rooms.map((room) => (
          <details key={room.id}>
            <summary>{t('venuePage.roomEdit', { name: room.name })}</summary>
            <RoomForm
              key={room.updatedAt}
              room={room}
              prefix={`room-${room.id}-`}
              submitLabel={t('cards.common.save')}
              onSubmit={async (body) => {
                const r = await cardsApi.updateRoom(slug, venue.id, room.id, body);
                setRoomOutcome({ ok: true, text: t('venuePage.roomSaved', { name: r.name }) });
                onChanged();
              }}
            />
          </details>
        ))}
        <h3>{t('venuePage.roomNew')}</h3>
        <RoomForm
          prefix="room-new-"
          submitLabel={t('venuePage.roomCreate')}
          onSubmit={async (body) => {
            const r = await cardsApi.createRoom(slug, venue.id, body);
            setRoomOutcome({ ok: true, text: t('venuePage.roomCreated', { name: r.name }) });
            onChanged();
          }}
        />
      </section>
    </>
  );
}

function RoomsTable({ rooms }: { rooms: Room[] }) {
  const { t } = useI18n();
  const yesNo = (on: boolean) => (
    <span className="nowrap">
      <Icon name={on ? 'ok' : 'fail'} size={18} /> {on ? t('cards.common.yes') : t('cards.common.no')}
    </span>
  );
  return (
    <TableBox label={t('venuePage.rooms')}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('venueRoom.name')}</th>
            <th scope="col">{t('venueRoom.capacity')}</th>
            <th scope="col">{t('venueRoom.computers')}</th>
            <th scope="col">{t('venueRoom.stepFree')}</th>
            <th scope="col">{t('venueRoom.active')}</th>
          </tr>
        </thead>
        <tbody>
          {rooms.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.name}</th>
              <td>{r.capacity}</td>
              <td>{r.computers}</td>
              <td>{yesNo(r.stepFree)}</td>
              <td>{yesNo(r.active)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableBox>
  );
}
