/* math.J0, J1, Jn, Y0, Y1 and Yn, the Bessel functions, computed the way
 * Go computes them (j0.go, j1.go, jn.go, from FreeBSD's e_j0.c, e_j1.c
 * and e_jn.c) on Go's Sincos, Cos and Log (trig.c, explog.c), so that
 * results agree with Go bit for bit rather than with libm's j0 and co.
 *
 * Orders 0 and 1: below 2 a rational function of x*x; from 2 the
 * asymptotic form sqrt(2/(pi x)) (P cos(x - k pi/4) - Q sin(...)), with
 * cos and sin of the shifted argument rebuilt from sin x and cos x
 * (using cos 2x to avoid cancellation), and P, Q (p_of, q_of) rational
 * functions of 1/(x*x) with coefficients chosen by the interval of x.
 * Order n: forward recurrence from J0, J1 (Y0, Y1) where it is stable,
 * else Jn by a continued fraction and backward recurrence normalised by
 * J0. */
#include <math.h>

#include "gomath.h"
#include "rt.h"

#define INV_SQRT_PI 0.564189583547756286948079451560772585844050629329  /* Go's 1/SqrtPi */
#define TWO_OVER_PI 0.636619772367581343075535053490057448137838582962 /* Go's 2/Pi */
#define TWO_129 0x1p129
#define TWO_302 0x1p302

/* ---------------------------------------------- the asymptotic P and Q */

/* One interval's coefficients: r[6] over 1 + s[...] (5 for P, 6 for Q). */
typedef struct { double r[6], s[6]; } pq_coeffs;

/* The interval of x >= 2: [8, inf), [4.5454, 8), [2.8571, 4.5454), [2, 2.8571). */
static int interval(double x) { return x >= 8 ? 0 : x >= 4.5454 ? 1 : x >= 2.8571 ? 2 : 3; }

static double ratio(const pq_coeffs *c, int ns, double z)
{
    double r = c->r[0] + z * (c->r[1] + z * (c->r[2] + z * (c->r[3] + z * (c->r[4] + z * c->r[5]))));
    double s = ns == 5 ? 1 + z * (c->s[0] + z * (c->s[1] + z * (c->s[2] + z * (c->s[3] + z * c->s[4]))))
                       : 1 + z * (c->s[0] + z * (c->s[1] + z * (c->s[2] + z * (c->s[3] + z * (c->s[4] + z * c->s[5])))));
    return r / s;
}

static const pq_coeffs p0[4] = {
    {{0.00000000000000000000e+00, -7.03124999999900357484e-02, -8.08167041275349795626e+00,
      -2.57063105679704847262e+02, -2.48521641009428822144e+03, -5.25304380490729545272e+03},
     {1.16534364619668181717e+02, 3.83374475364121826715e+03, 4.05978572648472545552e+04,
      1.16752972564375915681e+05, 4.76277284146730962675e+04}},
    {{-1.14125464691894502584e-11, -7.03124940873599280078e-02, -4.15961064470587782438e+00,
      -6.76747652265167261021e+01, -3.31231299649172967747e+02, -3.46433388365604912451e+02},
     {6.07539382692300335975e+01, 1.05125230595704579173e+03, 5.97897094333855784498e+03,
      9.62544514357774460223e+03, 2.40605815922939109441e+03}},
    {{-2.54704601771951915620e-09, -7.03119616381481654654e-02, -2.40903221549529611423e+00,
      -2.19659774734883086467e+01, -5.80791704701737572236e+01, -3.14479470594888503854e+01},
     {3.58560338055209726349e+01, 3.61513983050303863820e+02, 1.19360783792111533330e+03,
      1.12799679856907414432e+03, 1.73580930813335754692e+02}},
    {{-8.87534333032526411254e-08, -7.03030995483624743247e-02, -1.45073846780952986357e+00,
      -7.63569613823527770791e+00, -1.11931668860356747786e+01, -3.23364579351335335033e+00},
     {2.22202997532088808441e+01, 1.36206794218215208048e+02, 2.70470278658083486789e+02,
      1.53875394208320329881e+02, 1.46576176948256193810e+01}},
};

static const pq_coeffs q0[4] = {
    {{0.00000000000000000000e+00, 7.32421874999935051953e-02, 1.17682064682252693899e+01,
      5.57673380256401856059e+02, 8.85919720756468632317e+03, 3.70146267776887834771e+04},
     {1.63776026895689824414e+02, 8.09834494656449805916e+03, 1.42538291419120476348e+05,
      8.03309257119514397345e+05, 8.40501579819060512818e+05, -3.43899293537866615225e+05}},
    {{1.84085963594515531381e-11, 7.32421766612684765896e-02, 5.83563508962056953777e+00,
      1.35111577286449829671e+02, 1.02724376596164097464e+03, 1.98997785864605384631e+03},
     {8.27766102236537761883e+01, 2.07781416421392987104e+03, 1.88472887785718085070e+04,
      5.67511122894947329769e+04, 3.59767538425114471465e+04, -5.35434275601944773371e+03}},
    {{4.37741014089738620906e-09, 7.32411180042911447163e-02, 3.34423137516170720929e+00,
      4.26218440745412650017e+01, 1.70808091340565596283e+02, 1.66733948696651168575e+02},
     {4.87588729724587182091e+01, 7.09689221056606015736e+02, 3.70414822620111362994e+03,
      6.46042516752568917582e+03, 2.51633368920368957333e+03, -1.49247451836156386662e+02}},
    {{1.50444444886983272379e-07, 7.32234265963079278272e-02, 1.99819174093815998816e+00,
      1.44956029347885735348e+01, 3.16662317504781540833e+01, 1.62527075710929267416e+01},
     {3.03655848355219184498e+01, 2.69348118608049844624e+02, 8.44783757595320139444e+02,
      8.82935845112488550512e+02, 2.12666388511798828631e+02, -5.31095493882666946917e+00}},
};

static const pq_coeffs p1[4] = {
    {{0.00000000000000000000e+00, 1.17187499999988647970e-01, 1.32394806593073575129e+01,
      4.12051854307378562225e+02, 3.87474538913960532227e+03, 7.91447954031891731574e+03},
     {1.14207370375678408436e+02, 3.65093083420853463394e+03, 3.69562060269033463555e+04,
      9.76027935934950801311e+04, 3.08042720627888811578e+04}},
    {{1.31990519556243522749e-11, 1.17187493190614097638e-01, 6.80275127868432871736e+00,
      1.08308182990189109773e+02, 5.17636139533199752805e+02, 5.28715201363337541807e+02},
     {5.92805987221131331921e+01, 9.91401418733614377743e+02, 5.35326695291487976647e+03,
      7.84469031749551231769e+03, 1.50404688810361062679e+03}},
    {{3.02503916137373618024e-09, 1.17186865567253592491e-01, 3.93297750033315640650e+00,
      3.51194035591636932736e+01, 9.10550110750781271918e+01, 4.85590685197364919645e+01},
     {3.47913095001251519989e+01, 3.36762458747825746741e+02, 1.04687139975775130551e+03,
      8.90811346398256432622e+02, 1.03787932439639277504e+02}},
    {{1.07710830106873743082e-07, 1.17176219462683348094e-01, 2.36851496667608785174e+00,
      1.22426109148261232917e+01, 1.76939711271687727390e+01, 5.07352312588818499250e+00},
     {2.14364859363821409488e+01, 1.25290227168402751090e+02, 2.32276469057162813669e+02,
      1.17679373287147100768e+02, 8.36463893371618283368e+00}},
};

static const pq_coeffs q1[4] = {
    {{0.00000000000000000000e+00, -1.02539062499992714161e-01, -1.62717534544589987888e+01,
      -7.59601722513950107896e+02, -1.18498066702429587167e+04, -4.84385124285750353010e+04},
     {1.61395369700722909556e+02, 7.82538599923348465381e+03, 1.33875336287249578163e+05,
      7.19657723683240939863e+05, 6.66601232617776375264e+05, -2.94490264303834643215e+05}},
    {{-2.08979931141764104297e-11, -1.02539050241375426231e-01, -8.05644828123936029840e+00,
      -1.83669607474888380239e+02, -1.37319376065508163265e+03, -2.61244440453215656817e+03},
     {8.12765501384335777857e+01, 1.99179873460485964642e+03, 1.74684851924908907677e+04,
      4.98514270910352279316e+04, 2.79480751638918118260e+04, -4.71918354795128470869e+03}},
    {{-5.07831226461766561369e-09, -1.02537829820837089745e-01, -4.61011581139473403113e+00,
      -5.78472216562783643212e+01, -2.28244540737631695038e+02, -2.19210128478909325622e+02},
     {4.76651550323729509273e+01, 6.73865112676699709482e+02, 3.38015286679526343505e+03,
      5.54772909720722782367e+03, 1.90311919338810798763e+03, -1.35201191444307340817e+02}},
    {{-1.78381727510958865572e-07, -1.02517042607985553460e-01, -2.75220568278187460720e+00,
      -1.96636162643703720221e+01, -4.23253133372830490089e+01, -2.13719211703704061733e+01},
     {2.95333629060523854548e+01, 2.52981549982190529136e+02, 7.57502834868645436472e+02,
      7.39393205320467245656e+02, 1.55949003336666123687e+02, -4.95949898822628210127e+00}},
};

/* Go's pzero, qzero, pone, qone, for x >= 2. */
static double p_of(const pq_coeffs *t, double x) { return 1 + ratio(&t[interval(x)], 5, 1 / (x * x)); }
static double q_of(const pq_coeffs *t, double x, double k) { return (k + ratio(&t[interval(x)], 6, 1 / (x * x))) / x; }

/* sin(x) -+ cos(x) as *ss and *cc for the asymptotic form of order 0
 * (order 1 when one): ss = s - c, cc = s + c (ss = -s - c, cc = s - c),
 * one of them recomputed from cos 2x when that avoids cancellation. */
static void shifted(double x, bool one, double *ss, double *cc)
{
    double c, s = math_Sincos(x, &c);
    *ss = one ? -s - c : s - c;
    *cc = one ? s - c : s + c;
    if (x < 0x1.fffffffffffffp+1023 / 2) {
        double z = one ? math_Cos(x + x) : -math_Cos(x + x);
        if (one ? s * c > 0 : s * c < 0)
            *cc = z / *ss;
        else
            *ss = z / *cc;
    }
}

/* ---------------------------------------------------------- orders 0, 1 */

double math_J0(double x)
{
    const double r02 = 1.56249999999999947958e-02, r03 = -1.89979294238854721751e-04,
                 r04 = 1.82954049532700665670e-06, r05 = -4.61832688532103189199e-09;
    const double s01 = 1.56191029464890010492e-02, s02 = 1.16926784663337450260e-04,
                 s03 = 5.13546550207318111446e-07, s04 = 1.16614003333790000205e-09;
    if (isnan(x))
        return x;
    if (isinf(x))
        return 0;
    if (x == 0)
        return 1;
    x = fabs(x);
    if (x >= 2) {
        double ss, cc;
        shifted(x, false, &ss, &cc);
        if (x > TWO_129)
            return INV_SQRT_PI * cc / sqrt(x);
        double u = p_of(p0, x), v = q_of(q0, x, -0.125);
        return INV_SQRT_PI * (u * cc - v * ss) / sqrt(x);
    }
    if (x < 0x1p-13)
        return x < 0x1p-27 ? 1 : 1 - 0.25 * x * x;
    double z = x * x;
    double r = z * (r02 + z * (r03 + z * (r04 + z * r05)));
    double s = 1 + z * (s01 + z * (s02 + z * (s03 + z * s04)));
    if (x < 1)
        return 1 + z * (-0.25 + (r / s));
    double u = 0.5 * x;
    return (1 + u) * (1 - u) + z * (r / s);
}

double math_Y0(double x)
{
    const double u00 = -7.38042951086872317523e-02, u01 = 1.76666452509181115538e-01,
                 u02 = -1.38185671945596898896e-02, u03 = 3.47453432093683650238e-04,
                 u04 = -3.81407053724364161125e-06, u05 = 1.95590137035022920206e-08,
                 u06 = -3.98205194132103398453e-11;
    const double v01 = 1.27304834834123699328e-02, v02 = 7.60068627350353253702e-05,
                 v03 = 2.59150851840457805467e-07, v04 = 4.41110311332675467403e-10;
    if (x < 0 || isnan(x))
        return go_nan();
    if (x == INFINITY)
        return 0;
    if (x == 0)
        return -INFINITY;
    if (x >= 2) {
        double ss, cc;
        shifted(x, false, &ss, &cc);
        if (x > TWO_129)
            return INV_SQRT_PI * ss / sqrt(x);
        double u = p_of(p0, x), v = q_of(q0, x, -0.125);
        return INV_SQRT_PI * (u * ss + v * cc) / sqrt(x);
    }
    if (x <= 0x1p-27)
        return u00 + TWO_OVER_PI * math_Log(x);
    double z = x * x;
    double u = u00 + z * (u01 + z * (u02 + z * (u03 + z * (u04 + z * (u05 + z * u06)))));
    double v = 1 + z * (v01 + z * (v02 + z * (v03 + z * v04)));
    return u / v + TWO_OVER_PI * math_J0(x) * math_Log(x);
}

double math_J1(double x)
{
    const double r00 = -6.25000000000000000000e-02, r01 = 1.40705666955189706048e-03,
                 r02 = -1.59955631084035597520e-05, r03 = 4.96727999609584448412e-08;
    const double s01 = 1.91537599538363460805e-02, s02 = 1.85946785588630915560e-04,
                 s03 = 1.17718464042623683263e-06, s04 = 5.04636257076217042715e-09,
                 s05 = 1.23542274426137913908e-11;
    if (isnan(x))
        return x;
    if (isinf(x) || x == 0)
        return 0;
    bool neg = x < 0;
    x = fabs(x);
    double r;
    if (x >= 2) {
        double ss, cc;
        shifted(x, true, &ss, &cc);
        if (x > TWO_129) {
            r = INV_SQRT_PI * cc / sqrt(x);
        } else {
            double u = p_of(p1, x), v = q_of(q1, x, 0.375);
            r = INV_SQRT_PI * (u * cc - v * ss) / sqrt(x);
        }
    } else if (x < 0x1p-27) {
        return 0.5 * x;                         /* as Go does: without the sign */
    } else {
        double z = x * x;
        double p = z * (r00 + z * (r01 + z * (r02 + z * r03)));
        double s = 1.0 + z * (s01 + z * (s02 + z * (s03 + z * (s04 + z * s05))));
        p *= x;
        r = 0.5 * x + p / s;
    }
    return neg ? -r : r;
}

double math_Y1(double x)
{
    const double u00 = -1.96057090646238940668e-01, u01 = 5.04438716639811282616e-02,
                 u02 = -1.91256895875763547298e-03, u03 = 2.35252600561610495928e-05,
                 u04 = -9.19099158039878874504e-08;
    const double v00 = 1.99167318236649903973e-02, v01 = 2.02552581025135171496e-04,
                 v02 = 1.35608801097516229404e-06, v03 = 6.22741452364621501295e-09,
                 v04 = 1.66559246207992079114e-11;
    if (x < 0 || isnan(x))
        return go_nan();
    if (x == INFINITY)
        return 0;
    if (x == 0)
        return -INFINITY;
    if (x >= 2) {
        double ss, cc;
        shifted(x, true, &ss, &cc);
        if (x > TWO_129)
            return INV_SQRT_PI * ss / sqrt(x);
        double u = p_of(p1, x), v = q_of(q1, x, 0.375);
        return INV_SQRT_PI * (u * ss + v * cc) / sqrt(x);
    }
    if (x <= 0x1p-54)
        return -TWO_OVER_PI / x;
    double z = x * x;
    double u = u00 + z * (u01 + z * (u02 + z * (u03 + z * u04)));
    double v = 1 + z * (v00 + z * (v01 + z * (v02 + z * (v03 + z * v04))));
    return x * (u / v) + TWO_OVER_PI * (math_J1(x) * math_Log(x) - 1 / x);
}

/* --------------------------------------------------------------- order n */

/* The large-x form for order n: sqrt(2/(pi x)) times cos or sin of
 * x - (2n+1) pi/4, picked by n mod 4 (signs[n&3] of cos and sin). */
static double large_x(int64_t n, double x, const int signs[4][2])
{
    double c, s = math_Sincos(x, &c);
    const int *k = signs[n & 3];
    double t = (k[0] < 0 ? -c : c);
    t = k[1] < 0 ? t - s : t + s;
    return INV_SQRT_PI * t / sqrt(x);
}

/* Jn(n, x) for n < x < 2**29 by the continued fraction for
 * J(n)/J(n-1) and backward recurrence, scaled by J0. */
static double jn_backward(int64_t n, double x)
{
    double w = (double)(n + n) / x, h = 2 / x;
    double q0 = w, z = w + h, q1 = w * z - 1;
    int64_t k = 1;
    while (q1 < 1e9) {
        k++;
        z += h;
        double t = z * q1 - q0;
        q0 = q1, q1 = t;
    }
    double t = 0.0;
    for (int64_t i = 2 * (n + k); i >= n + n; i -= 2)
        t = 1 / ((double)i / x - t);
    double a = t, b = 1, tmp = (double)n;
    tmp = tmp * math_Log(fabs(2 / x * tmp));
    for (int64_t i = n - 1; i > 0; i--) {
        double next = b * (double)(i + i) / x - a;
        a = b, b = next;
        if (tmp >= 7.09782712893383973096e+02 && b > 1e100) {
            a /= b;
            t /= b;
            b = 1;
        }
    }
    return t * math_J0(x) / b;
}

double math_Jn(int64_t n, double x)
{
    static const int signs[4][2] = {{1, 1}, {-1, 1}, {-1, -1}, {1, -1}};  /* c+s, -c+s, -c-s, c-s */
    if (isnan(x))
        return x;
    if (isinf(x))
        return 0;
    if (n == 0)
        return math_J0(x);
    if (x == 0)
        return 0;
    if (n < 0)
        n = -n, x = -x;
    if (n == 1)
        return math_J1(x);
    bool neg = false;
    if (x < 0) {
        x = -x;
        neg = (n & 1) == 1;
    }
    double b;
    if ((double)n <= x) {
        if (x >= TWO_302) {
            b = large_x(n, x, signs);
        } else {
            b = math_J1(x);
            double a = math_J0(x);
            for (int64_t i = 1; i < n; i++) {
                double next = b * ((double)(i + i) / x) - a;
                a = b, b = next;
            }
        }
    } else if (x < 0x1p-29) {
        if (n > 33) {
            b = 0;
        } else {
            double half = x * 0.5, a = 1.0;
            b = half;
            for (int64_t i = 2; i <= n; i++) {
                a *= (double)i;
                b *= half;
            }
            b /= a;
        }
    } else {
        b = jn_backward(n, x);
    }
    return neg ? -b : b;
}

double math_Yn(int64_t n, double x)
{
    static const int signs[4][2] = {{-1, 1}, {-1, -1}, {1, -1}, {1, 1}};  /* s-c, -s-c, -s+c, s+c */
    if (x < 0 || isnan(x))
        return go_nan();
    if (x == INFINITY)
        return 0;
    if (n == 0)
        return math_Y0(x);
    if (x == 0)
        return n < 0 && (n & 1) == 1 ? INFINITY : -INFINITY;
    bool neg = false;
    if (n < 0) {
        n = -n;
        neg = (n & 1) == 1;
    }
    if (n == 1)
        return neg ? -math_Y1(x) : math_Y1(x);
    double b;
    if (x >= TWO_302) {
        b = large_x(n, x, signs);
    } else {
        double a = math_Y0(x);
        b = math_Y1(x);
        for (int64_t i = 1; i < n && b != -INFINITY; i++) {
            double next = ((double)(i + i) / x) * b - a;
            a = b, b = next;
        }
    }
    return neg ? -b : b;
}
