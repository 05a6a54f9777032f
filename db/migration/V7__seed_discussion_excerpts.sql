-- Seeds the forum discussion of anakinra in ME/CFS: every substantive post of the Phoenix Rising thread
-- "Anakinra/Kineret (IL-1 inhibitor) in ME/CFS - Dutch study + discussion"
-- (shared/sources/000_0bb90cb117baf1b6.txt, source slug 'phoenix-rising-anakinra-thread'),
-- and links each excerpt to the drug, study and condition it is about.
--
-- Texts are the posters' own words, verbatim from the file (typos, emoji codes and line breaks kept).
-- Text a reply quotes from an earlier post is left out and named in attribution_note.
-- position_in_thread counts every post, so post 7 (NK17's one-line thanks, a pure pleasantry) is
-- skipped but keeps its number; post 2 gives two rows (a paragraph Anne quotes from another thread,
-- and her own questions). The file gives no address and no dates, so url and posted_on are null.

insert into discussion_excerpt (slug, forum, thread_title, url, author_handle, attribution_note, posted_on,
                                position_in_thread, kind, text, source_id)
select v.slug,
       'Phoenix Rising',
       'Anakinra/Kineret (IL-1 inhibitor) in ME/CFS - Dutch study + discussion',
       null,
       v.author_handle,
       v.attribution_note,
       null,
       v.position_in_thread,
       v.kind,
       v.text,
       (select id from source where slug = 'phoenix-rising-anakinra-thread')
from (values
    ( 1, 'phoenix-rising-anakinra-01-anne-opens-thread',              'Anne',              'OPINION',
         'Opens the thread; the ClinicalTrials.gov registry text of NCT02108210 pasted below the link is left out.',
         $txt$Creating a thread specifically for discussion of the potential of the IL-1 inhibitor Anakinra/Kineret as a treatment for ME/CFS (I hope I'm not double-posting, found mentions of this study but no specific thread)

http://clinicaltrials.gov/show/NCT02108210$txt$),
    ( 2, 'phoenix-rising-anakinra-02-anne-from-another-thread',       'Anne',              'OPINION',
         'Posted by Anne, quoted from another thread; the original author is not named in the source.',
         $txt$Anakinra has been used extensively in other conditions and is known to be an effective inhibitor of IL-1. There are some rare diseases that respond dramatically with resolution of severe symptoms. In rheumatoid arthritis the benefit was modest but we have reason to think TNF and IL-6 are more important there. To try it in ME/CFS is very sensible. IL-1 probably induces fatigue and other relevant symptoms in much the way that TNF does. TNF blockade I think has been tried with uncertain results (enbrel or remicade?) so far. Anakinra might do better - no reason why not. It is not the most practical of treatments but that may not matter. It would be very good to see a range of these sorts of drugs being tried in RCTs. Even if the result is negative we will have learnt something useful. And since IL-1 would be a rather broad spectrum mediator if it is involved (i.e common to many subgroups?) then patient selection might not be that critical here. Let's see.$txt$),
    ( 2, 'phoenix-rising-anakinra-02-anne-questions',                 'Anne',              'QUESTION',
         null,
         $txt$@Jonathan Edwards

Dear Prof Edwards, first of all: many thanks for your engagement in the ME field, your participation on this forum and everything you are teaching us!

If you have the time, I have some questions about Anakinra/Kineret and its possible effects (and risks) in ME/CFS:

1. I have discussed off-label treatment with Anakinra/Kineret for my ME/CFS with a couple of physicians. One says it's feasible that it might have a positive effect, the other claims that it's only useful in disorders with clear inflammatory signs and since I (like most ME patients) don't have elevated CPR or a high fever it's unlikely Anakinra/Kineret would be effective.

While I don't have objective test results showing inflammation, I get the feeling that inflammatory processes are going on in my body in various ways. In addition to a very typical clinical picture for ME (infectious onset, extreme fatigue and flu-feeling, swollen glands, sore throat, muscle pain and weakness, susceptibility to infections, sleep problems, etc) I have what physicians and physiotherapists have labelled muscle attachment inflammations in neck, hips and knees, causing me severe pain. When I received intramuscular injections of gammaglobulin (sadly with no positive effect on my ME) the injected muscles got inflamed (?) and became so painful I had severe problems lying on my side for a year afterwards. I have had two biopsies done, on from my toes due to acrocyanosis and one from my thyriod - both showed signs of inflammation.

Do you think it worthwhile to try Anakinra/Kineret even in the absence of elevated CRP or fever? Could inflammatory processes be present anyway and possibly be affected by IL1-inhibition?

2. Like many ME patients I am very sensitive to medication and prone to side-effects. I also belong to the subgroup of ME patients where susceptability to infection is a major symptom. One physician argues I have signs of reactivated EBV and I definitely do have re-curring candida infections. So I worry a bit about the fact that Anakinra/Kineret has increased risk for infection as a side-effect.

Do you think this ME subgroup, prone to infections and with recurrent infections, would be less suitable candidates for Anakinra/Kineret?

I would be immensely grateful for your thoughts on this (though I fully understand if you don't have the time or possibility to reply).

I am a longtime friend of Invest in ME and I marvel at what IiME are achieving, not least now since you have come onboard and the biomedical research is gaining such speed.

Many thanks for what you do for us ME patients and many greetings from Stockholm, Sweden
Anne$txt$),
    ( 3, 'phoenix-rising-anakinra-03-deleder2k-healthy-control',      'deleder2k',         'QUESTION',
         null,
         $txt$Has anyone tried this before?

"Patients will be asked to bring a healthy neighbourhood control to their first study visit."

What does this mean? That one should bring a healthy friend from the neighborhood ? :wide-eyed:$txt$),
    ( 4, 'phoenix-rising-anakinra-04-edwards-crp-and-infection-risk', 'Jonathan Edwards',  'CLINICIAN_OPINION',
         'Replying to Anne',
         $txt$The absence of raised CRP probably does reduce the theoretical chances of benefit but IL-1 might be produced locally without generating an IL-6 response affecting the liver (the CRP driver). I think it is worth trying these agents in ME/CFS. It would be best to do that within a controlled trial but that may depend on feasibility.

My understanding is that infection risk is not as great with anakinra as it is with TNF inhibitors. It is something that needs to be discussed with the physician involved but I suspect it would not be prohibitive. The main issue for TNF inhibitors is dormant tuberculosis, which reactivates.$txt$),
    ( 5, 'phoenix-rising-anakinra-05-nk17-latent-tb-question',        'NK17',              'QUESTION',
         null,
         $txt$I don't want to derailed this thread, but I'd love to hear Dr. Edwards opinion on latent TB reactivation during therapies with biologics.
@Jonathan Edwards can you tell us what are the risks of latent TB reactivation during Rituximab therapy? I'm talking about proven latent TB with Quantiferon Gold blood test.
Did you ever had any such case in your Rituximab treated RA population?
Should a patient with latent TB infection undergo multiple antibiotic therapy before embarking on Rituximab treatment?
I understand you can only bring your extensive experience on the forum and that in no way your opinions on PR should be taken as medical advice.$txt$),
    ( 6, 'phoenix-rising-anakinra-06-edwards-rituximab-tb',           'Jonathan Edwards',  'CLINICIAN_OPINION',
         'Replying to NK17',
         $txt$As I understand it, there is no theoretical reason why rituximab should lead to TB reactivation since antibodies to bacteria remain unchanged with rituximab therapy. Moreover, I am unaware of any case of TB reactivation attributed to rituximab.$txt$),
    ( 8, 'phoenix-rising-anakinra-08-unnamed-investigator-critique',  null,                'CRITIQUE',
         'The author''s name is missing from the source; replies address this post to @Valentijn.',
         $txt$The principal investigator for the trial is Jos van der Meer, one of the Dutch psychobabblers. So it'll primarily include chronic fatigue patients, the results will be spun to obey the prime directive that only CBT can be helpful, and even if they're forced to publish any indication of improvement, they'll conclude that the treatment is too dangerous for patients with something as non-serious as CFS and that CBT is still the superior treatment.

Anyone wanna place some bets? :D$txt$),
    ( 9, 'phoenix-rising-anakinra-09-nk17-agrees-bet',                'NK17',              'CRITIQUE',
         'Replying to the post addressed to @Valentijn',
         $txt$I'm afraid that you're right @Valentijn, in fact when I first read about this study a few months ago and read a bit about Jos Van der Meer school of thoughts, I was surprised and suspicious at the same time.
So I'll be the second one to bet that this study is a wolf in sheep's skin, you'll be the first one to have placed the bet ;).
We can expect the titles say: "another pharmacological intervention in CFS bites the dust".$txt$),
    (10, 'phoenix-rising-anakinra-10-anne-too-hopeful',               'Anne',              'CRITIQUE',
         null,
         $txt$Oh, that's sad to hear, @Valentijn . I was hoping that maybe they were realizing the tide is changing, were getting worried to look stupid once the biomedical research has outweighed the flawed psychosocial research and wanted to start changing their approach....

Too hopeful?$txt$),
    (11, 'phoenix-rising-anakinra-11-anne-urticaria-question',        'Anne',              'QUESTION',
         'Replying to Jonathan Edwards',
         $txt$Thank you so much for your reply @Jonathan Edwards !

I have a follow-up question, if you have the time:

I have read that Kineret is effective in cold urticaria (see http://www.orpha.net/consor/cgi-bin/OC_Exp.php?Lng=GB&Expert=47045 )

This is interesting to me, since I have major problems with urticaria, burning skin and allergic reactions, triggered by a number of things, among them heat. Even before my ME I had “heat allergy” leading to urticaria, once causing an anaphylactic shock including unconsciousness and hospitalization for several days. So I have some kind of allergy triggered by heat – but my grandmother had cold urticaria, so it’s in the family. A few years into my ME my skin problems escalated to a whole new level with constantly burning skin and allergic reactions in response to a large number of triggers (heat, sun, chemicals, most textile fabrics, etc).

My question(s): Do you know anything about how the disease mechanisms in cold urticaria and other types of urticaria relate to eachother? Is all cold urticara IL1 mediated? Is there raised CRP in all cold urticaria or are there cases without raised CRP? Could the mechanisms in heat allergy/urticaria be similar and therefore also responsive to Kineret?

Many, many thanks for all you do for us!$txt$),
    (12, 'phoenix-rising-anakinra-12-ab-defends-trial',               'A.B.',              'OPINION',
         'Replying to the post addressed to @Valentijn',
         $txt$He has done research on cytokines before, in particular IL-1. In the study, a variety of objective parameters will be measured. It's randomized and double blinded. From this angle, it looks pretty good. I'm not convinced that the outcome of this study is predetermined.$txt$),
    (13, 'phoenix-rising-anakinra-13-nk17-bet-still-on',              'NK17',              'CRITIQUE',
         null,
         $txt$The bet is still on as far as I'm concerned @Valentijn, but I wish that in the end @A.B. will be right.
Nothing will be sweeter for PWME than an old foe converted finally into a friend and of course any knowledge turned into therapeutical intervention is the best reward.$txt$),
    (14, 'phoenix-rising-anakinra-14-edwards-cold-urticaria',         'Jonathan Edwards',  'CLINICIAN_OPINION',
         'Replying to Anne',
         $txt$I am afraid I know very little about cold urticaria.$txt$)
     ) as v (position_in_thread, slug, author_handle, kind, attribution_note, text)
order by v.position_in_thread, v.slug;

-- What each excerpt is about ----------------------------------------------------------------------------

insert into discussion_drug (excerpt_id, drug_id)
select e.id, d.id
from discussion_excerpt e
join drug d on d.slug = 'anakinra'
where e.slug in ('phoenix-rising-anakinra-01-anne-opens-thread',
                 'phoenix-rising-anakinra-02-anne-from-another-thread',
                 'phoenix-rising-anakinra-02-anne-questions',
                 'phoenix-rising-anakinra-03-deleder2k-healthy-control',
                 'phoenix-rising-anakinra-04-edwards-crp-and-infection-risk',
                 'phoenix-rising-anakinra-08-unnamed-investigator-critique',
                 'phoenix-rising-anakinra-09-nk17-agrees-bet',
                 'phoenix-rising-anakinra-11-anne-urticaria-question',
                 'phoenix-rising-anakinra-12-ab-defends-trial');

insert into discussion_study (excerpt_id, study_id)
select e.id, s.id
from discussion_excerpt e
join study s on s.slug = 'roerink-2017-anakinra-me-cfs'
where e.slug in ('phoenix-rising-anakinra-01-anne-opens-thread',
                 'phoenix-rising-anakinra-02-anne-from-another-thread',
                 'phoenix-rising-anakinra-03-deleder2k-healthy-control',
                 'phoenix-rising-anakinra-08-unnamed-investigator-critique',
                 'phoenix-rising-anakinra-09-nk17-agrees-bet',
                 'phoenix-rising-anakinra-10-anne-too-hopeful',
                 'phoenix-rising-anakinra-12-ab-defends-trial',
                 'phoenix-rising-anakinra-13-nk17-bet-still-on');

insert into discussion_condition (excerpt_id, condition_id)
select e.id, c.id
from discussion_excerpt e
join condition c on c.slug = 'me-cfs'
where e.slug in ('phoenix-rising-anakinra-01-anne-opens-thread',
                 'phoenix-rising-anakinra-02-anne-from-another-thread',
                 'phoenix-rising-anakinra-02-anne-questions',
                 'phoenix-rising-anakinra-04-edwards-crp-and-infection-risk',
                 'phoenix-rising-anakinra-08-unnamed-investigator-critique',
                 'phoenix-rising-anakinra-09-nk17-agrees-bet',
                 'phoenix-rising-anakinra-10-anne-too-hopeful',
                 'phoenix-rising-anakinra-11-anne-urticaria-question',
                 'phoenix-rising-anakinra-13-nk17-bet-still-on');
