using System;

namespace DeskStats.Simulator.DemoRelay
{
    /// <summary>What one step of the demo site did.</summary>
    public enum DemoEventKind
    {
        /// <summary>A new visitor arrived: today's visits went up and the visit leads <c>visits_live</c>.</summary>
        NewVisit = 0,
        /// <summary>A recent visitor did another action: the visit moved to the top with one more action.</summary>
        ReturningVisitor = 1,
        /// <summary>The relay sent the same bytes again (a change that cancelled out): nothing changed.</summary>
        IdenticalRepeat = 2,
        /// <summary>Midnight passed: today's totals moved to yesterday, yesterday's to the day before.</summary>
        DayRollover = 3
    }

    /// <summary>One step of the demo site: wait <see cref="DelayMilliseconds"/>, then the relay shows <see cref="Snapshot"/>.</summary>
    public sealed class DemoEvent
    {
        internal DemoEvent(DemoEventKind kind, int delayMilliseconds, RelaySnapshot snapshot)
        {
            Kind = kind;
            DelayMilliseconds = delayMilliseconds;
            Snapshot = snapshot;
        }

        /// <summary>What happened.</summary>
        public DemoEventKind Kind { get; }

        /// <summary>Real time to wait before this step at normal speed, in milliseconds (long ones are the quiet spells).</summary>
        public int DelayMilliseconds { get; }

        /// <summary>The relay's data after this step (the same object as before for <see cref="DemoEventKind.IdenticalRepeat"/>).</summary>
        public RelaySnapshot Snapshot { get; }
    }

    /// <summary>
    /// A scripted, deterministic website for the demo relay: the same seed always gives the same visits, delays and
    /// totals. Site time runs <see cref="TimeCompression"/> times faster than real time and starts shortly before
    /// midnight, so the first minute shows busy stretches, a quiet spell, an identical repeat and a day rollover.
    /// </summary>
    public sealed class DemoSite
    {
        /// <summary>Site seconds per real second.</summary>
        public const int TimeCompression = 25;

        /// <summary>The site's local time at the first snapshot: midnight comes about 40 s (real) later.</summary>
        public static readonly DateTime DefaultStartLocal = new DateTime(2026, 11, 22, 23, 43, 20);

        private static readonly DemoCity[] Cities =
        {
            new DemoCity("São Paulo", "br", "Brazil", -23.5505, -46.6333),
            new DemoCity("Zürich", "ch", "Switzerland", 47.3769, 8.5417),
            new DemoCity("Kraków", "pl", "Poland", 50.0647, 19.945),
            new DemoCity("Reykjavík", "is", "Iceland", 64.1466, -21.9426),
            new DemoCity("Москва", "ru", "Russia", 55.7558, 37.6173),
            new DemoCity("東京", "jp", "Japan", 35.6895, 139.6917),
            new DemoCity("İstanbul", "tr", "Turkey", 41.0082, 28.9784),
            new DemoCity("Łódź", "pl", "Poland", 51.7592, 19.456),
            new DemoCity("Ho Chi Minh City", "vn", "Vietnam", 10.8231, 106.6297),
            new DemoCity("München", "de", "Germany", 48.1351, 11.582),
            new DemoCity("Montréal", "ca", "Canada", 45.5017, -73.5673),
            new DemoCity("Málaga", "es", "Spain", 36.7213, -4.4214),
            new DemoCity("Göteborg", "se", "Sweden", 57.7089, 11.9746),
            new DemoCity("Ålesund", "no", "Norway", 62.4722, 6.1495),
            new DemoCity("Plzeň", "cz", "Czechia", 49.7384, 13.3736),
            new DemoCity("Bogotá", "co", "Colombia", 4.711, -74.0721),
            new DemoCity("København", "dk", "Denmark", 55.6761, 12.5683),
            new DemoCity("서울", "kr", "South Korea", 37.5665, 126.978),
            new DemoCity("Αθήνα", "gr", "Greece", 37.9838, 23.7275),
            new DemoCity("Seattle", "us", "United States", 47.6062, -122.3321),
            new DemoCity("Austin", "us", "United States", 30.2672, -97.7431),
            new DemoCity("Melbourne", "au", "Australia", -37.8136, 144.9631),
            new DemoCity("Cape Town", "za", "South Africa", -33.9249, 18.4241),
            new DemoCity("Nairobi", "ke", "Kenya", -1.2921, 36.8219),
            new DemoCity("Bengaluru", "in", "India", 12.9716, 77.5946),
            new DemoCity("Düsseldorf", "de", "Germany", 51.2277, 6.7735),
            new DemoCity("Cluj-Napoca", "ro", "Romania", 46.7712, 23.6236),
            new DemoCity("Dublin", "ie", "Ireland", 53.3498, -6.2603),
            new DemoCity("Auckland", "nz", "New Zealand", -36.8485, 174.7633),
            new DemoCity("Ciudad de México", "mx", "Mexico", 19.4326, -99.1332),
            // Matomo leaves the city empty when its GeoIP database does not know it.
            new DemoCity(string.Empty, "fr", "France", 46.2276, 2.2137),
        };

        private static readonly string[] OperatingSystems = { "Android", "iOS", "Windows", "Mac", "GNU/Linux", "Chrome OS" };
        private static readonly string[] Browsers = { "Chrome", "Firefox", "Safari", "Microsoft Edge", "Samsung Browser", "Opera" };
        private static readonly string[] Sources =
        {
            "Google", "Google", "DuckDuckGo", "Bing", "Hacker News", "Mastodon", "GitHub",
            "The \"Weekly\" Digest", "C:\\Users\\feed-reader", "🚀 Launch thread", "Ecosia", string.Empty,
        };

        private readonly Random _random;
        private RelayVisit[] _visits;
        private RelayDayTotals _today;
        private RelayDayTotals _yesterday;
        private RelayDayTotals _dayBefore;
        private DateTime _nowLocal;
        private int _stepsDone;
        private int _nextQuietStep;
        private int _nextRepeatStep;
        private int _addressCounter;

        /// <summary>Creates the site for <paramref name="seed"/>, starting at <see cref="DefaultStartLocal"/>.</summary>
        public DemoSite(int seed) : this(seed, DefaultStartLocal)
        {
        }

        /// <summary>Creates the site for <paramref name="seed"/>, its clock starting at <paramref name="startLocal"/>.</summary>
        public DemoSite(int seed, DateTime startLocal)
        {
            _random = new Random(seed);
            _nowLocal = startLocal;
            double dayFraction = startLocal.TimeOfDay.TotalDays;
            _dayBefore = new RelayDayTotals(_random.Next(1050, 1350), _random.Next(30000, 45000));
            _yesterday = new RelayDayTotals(_random.Next(950, 1300), _random.Next(28000, 44000));
            _today = new RelayDayTotals((int)(_random.Next(1100, 1300) * dayFraction), (int)(_random.Next(30000, 42000) * dayFraction));
            _visits = new RelayVisit[0];
            DateTime visitTime = startLocal.AddSeconds(-_random.Next(500, 700));
            for (int index = 0; index < RelaySnapshot.MaxVisits; index++)
            {
                visitTime = visitTime.AddSeconds(_random.Next(30, 120));
                _visits = Prepend(NewVisitor(visitTime));
            }

            _nextQuietStep = 9;
            _nextRepeatStep = 5;
            Current = Snapshot();
        }

        /// <summary>The relay's data now.</summary>
        public RelaySnapshot Current { get; private set; }

        /// <summary>The site's local time now.</summary>
        public DateTime NowLocal => _nowLocal;

        /// <summary>Advances the site by one step and returns it.</summary>
        public DemoEvent Next()
        {
            int delay = _stepsDone == _nextQuietStep ? _random.Next(8000, 12001) : _random.Next(600, 2801);
            if (_stepsDone == _nextQuietStep)
            {
                _nextQuietStep += _random.Next(14, 22);
            }

            DateTime previous = _nowLocal;
            DateTime next = previous.AddMilliseconds((double)delay * TimeCompression);
            _stepsDone++;

            if (next.Date != previous.Date)
            {
                // Midnight comes first: the step ends exactly at the rollover, the visit waits for the next step.
                DateTime midnight = next.Date;
                int untilMidnight = (int)Math.Ceiling((midnight - previous).TotalMilliseconds / TimeCompression);
                _nowLocal = midnight;
                _dayBefore = _yesterday;
                _yesterday = _today;
                _today = new RelayDayTotals(0, 0);
                Current = Snapshot();
                return new DemoEvent(DemoEventKind.DayRollover, untilMidnight, Current);
            }

            _nowLocal = next;
            if (_stepsDone >= _nextRepeatStep)
            {
                _nextRepeatStep += _random.Next(9, 16);
                return new DemoEvent(DemoEventKind.IdenticalRepeat, delay, Current);
            }

            DemoEventKind kind;
            if (_random.Next(100) < 25 && _visits.Length > 1)
            {
                // One of the recent visitors clicks on: no new visit, but more actions and time spent.
                int index = _random.Next(1, _visits.Length);
                RelayVisit returning = _visits[index].Clone();
                returning.Actions++;
                returning.LastActionLocal = _nowLocal;
                _visits = Prepend(returning, index);
                _today = new RelayDayTotals(_today.Visits, _today.TimeSpentSeconds + _random.Next(20, 240));
                kind = DemoEventKind.ReturningVisitor;
            }
            else
            {
                // Matomo is polled, so two visitors sometimes arrive within one poll.
                int arrivals = _random.Next(100) < 15 ? 2 : 1;
                _visits = Prepend(NewVisitor(_nowLocal));
                _today = new RelayDayTotals(_today.Visits + arrivals, _today.TimeSpentSeconds + arrivals * _random.Next(15, 420));
                kind = DemoEventKind.NewVisit;
            }

            Current = Snapshot();
            return new DemoEvent(kind, delay, Current);
        }

        private RelaySnapshot Snapshot() => new RelaySnapshot(_visits, _today, _yesterday, _dayBefore);

        private RelayVisit NewVisitor(DateTime whenLocal)
        {
            DemoCity city = Cities[_random.Next(Cities.Length)];
            _addressCounter++;
            string address = (_addressCounter % 2 == 0 ? "203.0.113." : "198.51.100.") + _random.Next(1, 255);
            return new RelayVisit
            {
                // A little jitter: Matomo's coordinates are of the visitor, not of the city centre.
                Latitude = Math.Round(city.Latitude + (_random.NextDouble() - 0.5) * 0.1, 4),
                Longitude = Math.Round(city.Longitude + (_random.NextDouble() - 0.5) * 0.1, 4),
                City = city.Name,
                CountryCode = city.CountryCode,
                Country = city.Country,
                Actions = _random.Next(1, 6),
                VisitIp = address,
                OperatingSystem = OperatingSystems[_random.Next(OperatingSystems.Length)],
                BrowserName = Browsers[_random.Next(Browsers.Length)],
                Source = Sources[_random.Next(Sources.Length)],
                LastActionLocal = whenLocal,
            };
        }

        /// <summary>The list with <paramref name="visit"/> first, dropping the entry at <paramref name="removeIndex"/> (or the oldest beyond 5).</summary>
        private RelayVisit[] Prepend(RelayVisit visit, int removeIndex = -1)
        {
            int kept = Math.Min(_visits.Length - (removeIndex >= 0 ? 1 : 0), RelaySnapshot.MaxVisits - 1);
            var result = new RelayVisit[kept + 1];
            result[0] = visit;
            int target = 1;
            for (int index = 0; index < _visits.Length && target < result.Length; index++)
            {
                if (index != removeIndex)
                {
                    result[target++] = _visits[index];
                }
            }

            return result;
        }

        private readonly struct DemoCity
        {
            public DemoCity(string name, string countryCode, string country, double latitude, double longitude)
            {
                Name = name;
                CountryCode = countryCode;
                Country = country;
                Latitude = latitude;
                Longitude = longitude;
            }

            public string Name { get; }
            public string CountryCode { get; }
            public string Country { get; }
            public double Latitude { get; }
            public double Longitude { get; }
        }
    }
}
